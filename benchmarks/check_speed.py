"""Speed of one check on a ~40-sentence English-vs-English pair: cold (process start to report) and
warm (models loaded) per stage. Run by hand: python benchmarks/check_speed.py [--runs N]"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORIGINAL = ROOT / "fixtures/nb-council/original.en.txt"
TRANSLATION = ROOT / "fixtures/nb-council/mt.en.txt"  # the English rendering: English vs English


def cold(runs: int) -> list[float]:
    exe = Path(sys.executable).parent / "tcheck"
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        # --no-cache: a rerun would read every model output from the user's cache, and time no model at all.
        subprocess.run([str(exe), "check", str(ORIGINAL), str(TRANSLATION), "--format", "json", "--no-cache"],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


def warm(runs: int) -> tuple[float, list[dict], int]:
    from tcheck import Checker, Source

    checker = Checker()
    o = Source(ORIGINAL.read_text(encoding="utf-8"), "original", "en")
    t = Source(TRANSLATION.read_text(encoding="utf-8"), "translation", "en")
    t0 = time.perf_counter()
    report = checker.check(o, t)  # loads the embedder
    load = time.perf_counter() - t0 - sum(report.timings.values())
    runs_timings, totals = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        report = checker.check(o, t)
        totals.append(time.perf_counter() - t0)
        runs_timings.append({**report.timings, "total": totals[-1]})
    return load, runs_timings, len(report.original.segments)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    c = cold(3)
    load, runs, n = warm(args.runs)
    print(f"pair: {n} original segments, English vs English, {args.runs} warm runs, 2-core CPU")
    print(f"cold (process start to JSON report, --no-cache): median {statistics.median(c):.2f} s  "
          f"(runs: {', '.join(f'{x:.2f}' for x in c)})")
    print(f"model load (embedder, in process):   {load:.2f} s")
    print("warm, median seconds per stage:")
    for stage in runs[0]:
        print(f"  {stage:10s} {statistics.median(r[stage] for r in runs):.3f}")


if __name__ == "__main__":
    main()
