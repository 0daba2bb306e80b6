"""Calibrate the decision thresholds on the labelled pairs and write tcheck/thresholds.json.

    python benchmarks/accuracy/calibrate.py

The pairs are split in two by id: thresholds are chosen on the even half (dev) and reported on the
odd half (test). For each sensitivity the chosen setting is the one with the best mean typed recall
whose share of faithful pairs flagged on dev stays within that sensitivity's budget.
"""
from __future__ import annotations

import itertools
import json
from dataclasses import asdict
from pathlib import Path

from evaluate import LABELS, CachedEmbedder, load, run_tcheck, table

from tcheck.align import AlignConfig
from tcheck.backends.sbert import SbertEmbedder
from tcheck.claims import ClaimConfig
from tcheck.pipeline import Config

OUT = Path(__file__).resolve().parents[2] / "tcheck" / "thresholds.json"
BUDGETS = {"low": 0.01, "normal": 0.03, "high": 0.06}  # faithful pairs flagged, at most
GRID = {
    "gain": [0.0, 0.02, 0.04, 0.06],
    "span_words": [2, 3],
    "reworded": [0.4, 0.5],
    "link": [0.5],
}


def score(rows: dict) -> float:
    return sum(rows[label]["typed_recall"] for label in LABELS) / len(LABELS)


def main() -> None:
    embedder = CachedEmbedder(SbertEmbedder())
    items = load()
    dev = [it for it in items if int(it["id"][1:]) % 2 == 0]
    test = [it for it in items if int(it["id"][1:]) % 2 == 1]
    results = []
    for gain, words, reworded, link in itertools.product(*GRID.values()):
        cfg = Config(align=AlignConfig(link=link), claims=ClaimConfig(span_words=words, gain=gain, reworded=reworded))
        rows = table(run_tcheck(dev, embedder, cfg))
        results.append((cfg, rows))
        print(f"gain {gain:.2f} words {words} reworded {reworded:.1f} link {link:.1f}: "
              f"typed recall {score(rows):.1%}, faithful flagged {rows['faithful']['flagged']:.1%}", flush=True)
    chosen = {}
    for level, budget in BUDGETS.items():
        ok = [(cfg, rows) for cfg, rows in results if rows["faithful"]["flagged"] <= budget] or \
            [min(results, key=lambda r: r[1]["faithful"]["flagged"])]
        cfg, rows = max(ok, key=lambda r: score(r[1]))
        test_rows = table(run_tcheck(test, embedder, cfg))
        chosen[level] = {"align": asdict(cfg.align), "claims": asdict(cfg.claims),
                         "dev": {"typed_recall": round(score(rows), 3), "faithful_flagged": round(rows["faithful"]["flagged"], 3)},
                         "test": {"typed_recall": round(score(test_rows), 3),
                                  "faithful_flagged": round(test_rows["faithful"]["flagged"], 3)}}
        print(f"{level}: {chosen[level]}")
    OUT.write_text(json.dumps(chosen, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
