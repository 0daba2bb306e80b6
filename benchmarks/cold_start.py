"""Cold `tcheck check` on the ~40-sentence English pair, four ways, run in turn (A B C D A B C D ...) so that
a shared machine's drift hits all alike:

- torch:  the packaged models on sentence-transformers (TCHECK_BACKEND=torch), nothing kept between runs;
- onnx:   the default path, nothing kept between runs (--no-cache);
- rerun:  the default path, the same pair again: every output comes from the user's cache (outputs.sqlite);
- edited: the default path, the translation with one new sentence each run: an editor's rerun after a fix.

Prints per way the median wall time and peak RSS, the median of the pairwise wall-time ratios against
onnx, and the load average before and after.

Run by hand: python benchmarks/cold_start.py [--runs N]   (run `tcheck models prepare` first)
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORIGINAL = ROOT / "fixtures/nb-council/original.en.txt"
TRANSLATION = ROOT / "fixtures/nb-council/mt.en.txt"  # the English rendering: English vs English
# name: (environment, extra arguments, whether the translation gains a new sentence each run)
WAYS = {"torch": ({"TCHECK_BACKEND": "torch"}, ["--no-cache"], False),
        "onnx": ({"TCHECK_BACKEND": "onnx"}, ["--no-cache"], False),
        "rerun": ({"TCHECK_BACKEND": "onnx"}, [], False),
        "edited": ({"TCHECK_BACKEND": "onnx"}, [], True)}


def one(env: dict[str, str], extra: list[str], translation: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one cold check, from the kernel's accounting of the child."""
    exe = Path(sys.executable).parent / "tcheck"
    args = [str(exe), "check", str(ORIGINAL), str(translation), "--format", "json", *extra]
    t0 = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **env})
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"check failed with {env} {extra}: {child.stderr.read().decode()[-500:]}")
    child.stderr.close()
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    before = os.getloadavg()
    text = TRANSLATION.read_text(encoding="utf-8")
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in WAYS}
    # A number that no earlier run of this script wrote: the user's cache must not know the edited sentence.
    nonce = time.time_ns() % 10**12
    with tempfile.TemporaryDirectory() as work:
        edited = Path(work) / TRANSLATION.name
        for run in range(args.runs + 1):  # the first round warms up: the page cache, the ONNX export, the store
            for name, (env, extra, new_sentence) in WAYS.items():
                translation = TRANSLATION
                if new_sentence:
                    edited.write_text(f"{text.rstrip()} The council heard {nonce + run} objections in all.\n",
                                      encoding="utf-8")
                    translation = edited
                measured = one(env, extra, translation)
                if run:
                    results[name].append(measured)
    print(f"cold tcheck check, {ORIGINAL.parent.name} English pair, {args.runs} runs each, interleaved; "
          f"load average {before[0]:.2f} before, {os.getloadavg()[0]:.2f} after")
    for name, runs in results.items():
        walls, rss = [w for w, _ in runs], [m for _, m in runs]
        print(f"  {name:6s} wall median {statistics.median(walls):6.2f} s "
              f"(min {min(walls):.2f}, max {max(walls):.2f}); "
              f"peak RSS median {statistics.median(rss):5.0f} MiB")
    for name in ("torch", "rerun", "edited"):
        ratios = [a[0] / o[0] for a, o in zip(results[name], results["onnx"])]
        print(f"  {name} / onnx wall, median of pairwise ratios: {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
