"""The pairs behind a development number, with their findings: what to read before changing a rule.

    python benchmarks/accuracy/cases.py faithful calib [--kind quote]   # faithful pairs flagged at normal
    python benchmarks/accuracy/cases.py minor train                     # the same, Minor errors only
    python benchmarks/accuracy/cases.py paragraphs calib                # two-paragraph pairs flagged
    python benchmarks/accuracy/cases.py natural_dropped calib --limit 60   # the raters' changes missed
    python benchmarks/accuracy/cases.py antonym train --seed 3          # planted changes missed

Each pair is checked as MT output (as `--mt-file` is) at normal, as real_mt.py checks it. For a faithful
set it prints the pairs flagged and what flagged them; for a set of changes, the pairs missed and every
finding that the rules or the verifier made there before the gates (with the verifier's score), so that
a miss shows whether a gate or no rule let it through. `--kind` keeps the pairs with a finding of that
kind (faithful sets) or with that kind among their ungated findings (sets of changes).

The calibration and train splits only: the test split is measured by real_mt.py and never read.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
import dataset  # noqa: E402
import paragraph_pairs  # noqa: E402
import synthetic  # noqa: E402
from evaluate import CachedEmbedder, CachedVerifier, collect, kept  # noqa: E402

from tcheck import pipeline  # noqa: E402
from tcheck.backends.sbert import SbertEmbedder  # noqa: E402
from tcheck.backends.verifier import CrossEncoderVerifier  # noqa: E402

SPLITS = ("calib", "train")
FAITHFUL = ("faithful", "minor", "paragraphs")
NATURAL = ("natural_altered", "natural_dropped", "natural_added")
SETS = FAITHFUL + NATURAL + synthetic.KINDS


def items(name: str, split: str, seed: int) -> list[dict]:
    """The set's pairs as evaluate.collect reads them."""
    if name == "paragraphs":
        return paragraph_pairs.pairs(split, ("clean", "minor"))
    if name in ("faithful", "minor"):
        examples = dataset.faithful(split) if name == "faithful" else dataset.minor(split)
    elif name in NATURAL:
        examples = [e for e in dataset.natural(split) if e.kind == name]
    else:
        examples = dataset.planted(split, seed, kinds=(name,), per_kind=1000)
    return [{"label": name, "original": e.reference, "translation": e.rendering, "doc": e.doc} for e in examples]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", choices=SETS)
    ap.add_argument("split", help="calib or train (never test)")
    ap.add_argument("--kind", help="only pairs with a finding of this kind (quote, hedge, partial ...)")
    ap.add_argument("--seed", type=int, default=3, help="the planted changes' draw [default: 3]")
    ap.add_argument("--limit", type=int, help="read this many pairs at most, drawn at random (seed 1)")
    args = ap.parse_args()
    if args.split not in SPLITS:
        sys.exit(f"cases.py: error: split {args.split!r}: use calib or train; the test split is measured, never read")
    pairs = items(args.set, args.split, args.seed)
    if args.limit is not None:
        random.Random(1).shuffle(pairs)
        pairs = pairs[:args.limit]
    config = pipeline.Config()
    embedder, verifier = CachedEmbedder(SbertEmbedder(bfloat16=False)), CachedVerifier(CrossEncoderVerifier())
    faithful, shown = args.set in FAITHFUL, 0
    for it, c in zip(pairs, collect(pairs, embedder, verifier, config, translated=True)):
        found = kept(c, config.verify, translated=True)
        if bool(found) != faithful:
            continue
        listed = found if faithful else c.findings
        if args.kind and not any(f.kind == args.kind for f in listed):
            continue
        shown += 1
        score = "" if c.pair_score is None else f", verifier's alarm {c.pair_score:.3f}"
        print(f"=== {it['doc']}{score}\nO: {it['original']}\nT: {it['translation']}")
        for f in listed:
            verified = "" if f.verifier is None else f" (verifier {f.verifier:.3f})"
            print(f"   {f.type}/{f.kind}: {f.before!r} -> {f.after!r}{verified}")
    what = "flagged" if faithful else "missed"
    print(f"# {shown} of {len(pairs)} {args.set} pairs ({args.split}) {what} at normal"
          + (f", with a {args.kind} finding" if args.kind else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
