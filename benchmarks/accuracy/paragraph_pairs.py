"""Faithful real MT longer than one paragraph: python benchmarks/accuracy/paragraph_pairs.py [--minor]

real_mt.py reads the WMT23 zh-en MQM corpus one paragraph at a time (most are one sentence), and whole
articles only for two chosen systems. Here every two consecutive paragraphs of a document that two
systems both rendered without an Accuracy error (with --minor: or with Minor ones only) are one pair,
the first system's as the original, the second's as MT output (as `--mt-file` is): every pair of
systems, so a paragraph that MT systems split into sentences differently is read many ways. Printed:
the pairs flagged at normal, per split, and the kinds of finding that flagged them (counts).

The calibration and train splits only: the test split stays unread, and it is measured by real_mt.py.
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
import realmt  # noqa: E402
from evaluate import CachedEmbedder, CachedVerifier, collect, kept  # noqa: E402

from tcheck import pipeline  # noqa: E402
from tcheck.backends.sbert import SbertEmbedder  # noqa: E402
from tcheck.backends.verifier import CrossEncoderVerifier  # noqa: E402

SPLITS = ("calib", "train")


def pairs(split: str, labels: tuple[str, ...]) -> list[dict]:
    """Two consecutive paragraphs as two systems rendered them, for every pair of systems that rendered
    both with only the `labels` given (realmt.Output.label)."""
    out = []
    for doc, segs in sorted(realmt.documents(split).items()):
        by_seg = {seg: {system: o.text for system, o in outs.items() if o.label in labels}
                  for seg, outs in segs.items()}
        order = sorted(by_seg)
        for first, second in zip(order, order[1:]):
            for a, b in itertools.combinations(sorted(set(by_seg[first]) & set(by_seg[second])), 2):
                original = f"{by_seg[first][a]} {by_seg[second][a]}"
                translation = f"{by_seg[first][b]} {by_seg[second][b]}"
                if original != translation:
                    out.append({"original": original, "translation": translation, "label": "faithful",
                                "split": split, "doc": doc})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minor", action="store_true", help="also renderings with Minor Accuracy errors only")
    args = ap.parse_args()
    labels = ("clean", "minor") if args.minor else ("clean",)
    items = [it for split in SPLITS for it in pairs(split, labels)]
    embedder, verifier = CachedEmbedder(SbertEmbedder(bfloat16=False)), CachedVerifier(CrossEncoderVerifier())
    config = pipeline.Config()
    flagged, total, kinds = Counter(), Counter(), Counter()
    for it, c in zip(items, collect(items, embedder, verifier, config, translated=True)):
        found = kept(c, config.verify, translated=True)
        total[it["split"]] += 1
        flagged[it["split"]] += bool(found)
        kinds.update({f"{f.type}/{f.kind}" for f in found})
    print(f"two-paragraph real MT, {'Clean or Minor' if args.minor else 'Clean'} renderings, faithful pairs "
          "flagged at normal:")
    for split in SPLITS:
        print(f"  {split}: {flagged[split]} of {total[split]} ({flagged[split] / max(total[split], 1):.1%})")
    print("  by kind of finding: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


if __name__ == "__main__":
    main()
