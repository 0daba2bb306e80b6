"""Fit the packaged verifier's token support (tcheck/support.py) on the calibration split, and write
it into the verifier's verifier.json.

    .venv/bin/python training/support.py [--verifier tcheck/weights/verifier] [--dry-run]
    .venv/bin/python training/support.py --crossfit F0 F1   # a verifier trained on the calibration split too

The centre is the faithful pairs' mean support (calibration and train splits: the support reads the
packaged base model, which never saw them, so the train split is fair here). The weight is the one
of a fixed grid that ranks changes best on the calibration split: the mean of the ROC AUC over all
changes (planted and natural) and over the raters' natural changes alone. The test split is the
benchmark's alone. Prints the table it chose from.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
import numpy as np
from sklearn.metrics import roc_auc_score

import dataset
import realmt
from light import recall_at

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tcheck.backends.verifier import PACKAGED, CrossEncoderVerifier  # noqa: E402
from tcheck.support import Support  # noqa: E402

WEIGHTS = (0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0)
K = 3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verifier", type=Path, default=PACKAGED)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dry-run", action="store_true", help="print the table; write nothing")
    ap.add_argument("--crossfit", nargs="+", type=Path, metavar="DIR",
                    help="for a verifier trained on the calibration split: its fold verifiers (train.py --fold K, "
                         "K = 0, 1, ... in order), each judging the documents that it never saw")
    args = ap.parse_args()
    t0 = time.perf_counter()
    verifier = CrossEncoderVerifier(str(args.verifier))
    held = dataset.faithful("calib") + dataset.natural("calib") + dataset.planted("calib", args.seed + 100, per_kind=40)
    train_faithful = dataset.faithful("train")
    a, b = [e.reference for e in held], [e.rendering for e in held]
    seen, _ = realmt.trained_on(args.verifier)
    if ("calib" in seen) != bool(args.crossfit):
        raise SystemExit(f"support.py: {args.verifier} was trained on {seen}: --crossfit F0 F1 is for a verifier "
                         "trained on the calibration split, and for no other")
    probs = unseen_probs(held, args.crossfit) if args.crossfit else verifier.classify(a, b)
    support = verifier.support(a, b, K)
    faithful_support = np.concatenate([support[[e.label == "faithful" for e in held]],
                                       verifier.support([e.reference for e in train_faithful],
                                                        [e.rendering for e in train_faithful], K)])
    centre = float(faithful_support.mean())
    changed = np.array([e.label != "faithful" for e in held])
    natural = np.array([e.kind.startswith("natural") or e.label == "faithful" for e in held])
    print(f"calibration split: {len(held)} pairs ({int((~changed).sum())} faithful, "
          f"{int((changed & natural).sum())} natural changes); centre {centre:.4f} "
          f"from {len(faithful_support)} faithful pairs ({time.perf_counter() - t0:.0f} s)\n")
    print(f"{'weight':>6s} {'AUC':>6s} {'AUC natural':>12s} {'recall @5%':>11s} {'natural @5%':>12s}")
    best, best_score = 0.0, -1.0
    for w in WEIGHTS:
        s = 1 - Support(w, centre, K).sharpen(probs, support)[:, 0]
        auc, auc_natural = roc_auc_score(changed, s), roc_auc_score(changed[natural], s[natural])
        print(f"{w:6.1f} {auc:6.3f} {auc_natural:12.3f} {recall_at(s, changed):11.1%} "
              f"{recall_at(s[natural], changed[natural]):12.1%}")
        if (auc + auc_natural) / 2 > best_score:
            best, best_score = w, (auc + auc_natural) / 2
    print(f"\nchosen: weight {best:g}, centre {centre:.4f}")
    if not args.dry_run:
        path = args.verifier / "verifier.json"
        config = json.loads(path.read_text(encoding="utf-8"))
        config["support"] = {"weight": best, "centre": round(centre, 4), "k": K}
        path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")


def unseen_probs(held: list[dataset.Example], folders: list[Path]) -> np.ndarray:
    """Each pair's probabilities from the fold verifier that never saw its document. Why: a verifier
    trained on the calibration split is sure of its pairs, and the weight chosen there would be too."""
    probs = np.zeros((len(held), len(dataset.CLASSES)))
    for k, folder in enumerate(folders):
        rows = [i for i, e in enumerate(held) if realmt.fold_of(e.doc, len(folders)) == k]
        fold = CrossEncoderVerifier(str(folder))
        probs[rows] = fold.classify([held[i].reference for i in rows], [held[i].rendering for i in rows])
    return probs


if __name__ == "__main__":
    main()
