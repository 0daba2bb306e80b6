"""Calibrate the decision thresholds on the labelled pairs and write tcheck/thresholds.json.

    python benchmarks/accuracy/calibrate.py

Thresholds are chosen on the pairs the comparison was developed against (dev: sentences.jsonl,
heldout.jsonl, test.jsonl, final.jsonl and sealed2.jsonl) and reported on sealed.jsonl, which was
written apart and has only ever been measured, never read. The other settings (ClaimConfig's
defaults) were chosen on earlier grids.
For each sensitivity the chosen setting is the one with the best mean typed recall whose share of
faithful pairs flagged on dev stays within that sensitivity's budget.
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
    "span_words": [2, 3],
    "rare": [0.0, 3.5],
    "pure_rare": [3.5, 4.2],
    "reworded": [0.4, 0.5],
}


def score(rows: dict) -> float:
    return sum(rows[label]["typed_recall"] for label in LABELS) / len(LABELS)


def main() -> None:
    embedder = CachedEmbedder(SbertEmbedder())
    dev = load("sentences.jsonl") + load("heldout.jsonl") + load("test.jsonl") + load("final.jsonl") + load("sealed2.jsonl")
    test = load("sealed.jsonl")
    results = []
    for words, rare, pure_rare, reworded in itertools.product(*GRID.values()):
        cfg = Config(align=AlignConfig(),
                     claims=ClaimConfig(span_words=words, rare=rare, pure_rare=pure_rare, reworded=reworded))
        rows = table(run_tcheck(dev, embedder, cfg))
        results.append((cfg, rows))
        print(f"words {words} rare {rare:.1f} pure_rare {pure_rare:.1f} reworded {reworded:.1f}: "
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
