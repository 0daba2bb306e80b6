"""Cold `tcheck check` on the ~40-sentence English pair: the torch path against the ONNX path, run in turn
(A B A B ...) so that a shared machine's drift hits both alike. Prints per path the median wall time and
peak RSS, the median of the pairwise wall-time ratios, and the load average before and after.

Run by hand: python benchmarks/cold_start.py [--runs N]   (run `tcheck models prepare` first)
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORIGINAL = ROOT / "fixtures/nb-council/original.en.txt"
TRANSLATION = ROOT / "fixtures/nb-council/mt.en.txt"  # the English rendering: English vs English
PATHS = {"torch": {"TCHECK_BACKEND": "torch"}, "onnx": {"TCHECK_BACKEND": "onnx"}}


def one(env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one cold check, from the kernel's accounting of the child."""
    exe = Path(sys.executable).parent / "tcheck"
    args = [str(exe), "check", str(ORIGINAL), str(TRANSLATION), "--format", "json"]
    t0 = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **env})
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"check failed with {env}: {child.stderr.read().decode()[-500:]}")
    child.stderr.close()
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    before = os.getloadavg()
    for env in PATHS.values():
        one(env)  # warm-up: the page cache, and the ONNX export if it was missing
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in PATHS}
    for _ in range(args.runs):
        for name, env in PATHS.items():
            results[name].append(one(env))
    print(f"cold tcheck check, {ORIGINAL.parent.name} English pair, {args.runs} runs each, interleaved; "
          f"load average {before[0]:.2f} before, {os.getloadavg()[0]:.2f} after")
    for name, runs in results.items():
        walls, rss = [w for w, _ in runs], [m for _, m in runs]
        print(f"  {name:5s} wall median {statistics.median(walls):6.2f} s (min {min(walls):.2f}, max {max(walls):.2f}); "
              f"peak RSS median {statistics.median(rss):5.0f} MiB")
    ratios = [t[0] / o[0] for t, o in zip(results["torch"], results["onnx"])]
    print(f"  torch / onnx wall, median of pairwise ratios: {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
