"""Which backend a long-running process (`tcheck serve`, an audit worker) should run the packaged models on:
warm checks of the ~40-sentence English pair in one process, ONNX against torch (sentence-transformers,
bfloat16 where the CPU has native units for it), taken in turn (A B A B ...) so that a shared machine's
drift hits both alike. A cold start is cold_start.py's; this is the time a check costs once loaded.

Prints per backend the median seconds of a whole check and of the stages that run the models, the
median of the pairwise ratios torch / onnx, whether the two gave the same findings, and the load average.

Run by hand: python benchmarks/backend_speed.py [--runs N] [--threads N]   (torch must be installed)
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORIGINAL = ROOT / "fixtures/nb-council/original.en.txt"
TRANSLATION = ROOT / "fixtures/nb-council/mt.en.txt"  # the English rendering: English vs English
BACKENDS = ("onnx", "torch")
STAGES = ("embed", "claims", "verify")  # the stages that run the packaged models


def main() -> None:
    from tcheck import Checker, Source

    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--threads", type=int, default=None,
                    help="threads per model call (a service's cores / --workers) [default: this process's cores]")
    args = ap.parse_args()
    original = Source(ORIGINAL.read_text(encoding="utf-8"), "original", "en")
    translation = Source(TRANSLATION.read_text(encoding="utf-8"), "translation", "en")
    load = os.getloadavg()[0]
    checkers, findings = {}, {}
    for backend in BACKENDS:
        os.environ["TCHECK_BACKEND"] = backend  # read where a checker first loads its models
        checkers[backend] = Checker(threads=args.threads)
        report = checkers[backend].check(original, translation)
        findings[backend] = [(f.type, f.kind, f.before, f.after) for f in report.findings]
    runs: dict[str, list[dict[str, float]]] = {b: [] for b in BACKENDS}
    for _ in range(args.runs):
        for backend, checker in checkers.items():
            t0 = time.perf_counter()
            report = checker.check(original, translation)
            runs[backend].append({**report.timings, "total": time.perf_counter() - t0})
    print(f"warm checks of the English pair, {args.runs} runs each, interleaved; threads per model call: "
          f"{args.threads or 'all cores'}; load average {load:.2f} before, {os.getloadavg()[0]:.2f} after")
    for backend in BACKENDS:
        medians = {k: statistics.median(r[k] for r in runs[backend]) for k in ("total", *STAGES)}
        print(f"  {backend:6s} " + "  ".join(f"{k} {v:.3f} s" for k, v in medians.items()))
    ratio = statistics.median(t["total"] / o["total"] for o, t in zip(runs["onnx"], runs["torch"]))
    print(f"torch / onnx, whole check: {ratio:.2f}x; same findings: {findings['onnx'] == findings['torch']}")


if __name__ == "__main__":
    main()
