"""Average verifiers of one recipe, trained with other seeds, into one (a "model soup"), and score it.

    .venv/bin/python training/soup.py OUT S13 S14 S15 [--pairs P]

Each folder holds a first stage that train.py wrote (delta.safetensors over the packaged base). The
soup is their weights' mean, as one verifier of the same size: OUT/delta.safetensors, with the first
folder's verifier.json less its marker (training/marker.py fits the soup's own). Then the held-out
scores, as train.py prints them: on the pairs that `train.py --save-pairs P` wrote (a GPU machine
without the corpus), else on the calibration split.

Why a mean: the seeds start from the same packaged body (only the classifier's 384x4 weights start
at random), so their bodies stay close enough to average. Measured on 2 CPU cores (session 39,
docs/verifier.md): seeds 13 to 16 read the calibration split at ROC AUC 0.808, 0.816, 0.808 and
0.792; soups of three or four of them 0.817 to 0.824. The seed's lottery narrows; none ships yet.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
import torch
from safetensors.torch import load_file, save_file

import dataset
import train


def mean(deltas: list[dict[str, torch.Tensor]]) -> dict[str, torch.Tensor]:
    """The tensors' mean, name by name, summed in float32 and stored as train.py stores them (float16)."""
    names = set(deltas[0])
    if any(set(d) != names for d in deltas):
        raise SystemExit("soup: the verifiers train different parts; only one recipe's seeds can be averaged")
    return {n: (sum(d[n].float() for d in deltas) / len(deltas)).to(torch.float16).contiguous() for n in sorted(names)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--pairs", type=Path, metavar="DIR", help="score on the pairs that train.py --save-pairs wrote")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    save_file(mean([load_file(str(f / "delta.safetensors")) for f in args.folders]),
              str(args.out / "delta.safetensors"))
    config = json.loads((args.folders[0] / "verifier.json").read_text(encoding="utf-8"))
    # A marker reads one verifier's hidden states: the soup's is fitted anew (training/marker.py).
    config.pop("marker", None)
    (args.out / "verifier.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    print(f"soup of {len(args.folders)}: {', '.join(map(str, args.folders))} -> {args.out}")
    held = (dataset.read_pairs(args.pairs / "held.jsonl") if args.pairs
            else train.held_out("calib", 13))
    train.report(held, args.out)


if __name__ == "__main__":
    sys.exit(main())
