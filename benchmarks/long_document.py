"""Time and peak memory of one `tcheck check` on a long English pair, through the real CLI. Run by hand:

    python benchmarks/long_document.py [--sentences 10000] [--keep DIR]

The pair is generated (seeded): news-like sentences from word lists, five to a paragraph. The
translation is the original with its last tenth of paragraphs moved to the top, one sentence in a
hundred reworded and one in two hundred dropped. Prints the wall time, the child's peak RSS (its
high-water mark, from the kernel) and how many findings came back: the moved paragraphs must not
be among them.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WHO = ["The council", "The minister", "The mayor's office", "The health agency", "Police", "The union",
       "The school board", "The energy company", "The central bank", "The court", "Local farmers", "The port authority"]
DID = ["approved", "rejected", "delayed", "announced", "questioned", "cut", "expanded", "reviewed", "funded", "closed"]
WHAT = ["a plan for {n} new homes", "a budget of {n} million kroner", "{n} jobs at the plant",
        "a ferry route used by {n} people",
        "a study of {n} schools", "fees for {n} households", "a bridge that cost {n} million", "{n} hospital beds"]
WHERE = ["in Bergen", "in Tromsø", "in the north", "along the coast", "in Oslo", "in three counties", "near the border"]
WHEN = ["on Monday", "on Tuesday", "last week", "in March", "this spring", "after a long debate", "late on Friday"]
REWORD = {"approved": "backed", "rejected": "turned down", "announced": "said it would launch", "cut": "reduced"}


def sentence(rng: random.Random) -> str:
    what = rng.choice(WHAT).format(n=rng.randrange(2, 5000))
    return f"{rng.choice(WHO)} {rng.choice(DID)} {what} {rng.choice(WHERE)} {rng.choice(WHEN)}."


def pair(count: int, seed: int = 1) -> tuple[str, str]:
    rng = random.Random(seed)
    paragraphs = [[sentence(rng) for _ in range(5)] for _ in range(count // 5)]
    moved = paragraphs[-len(paragraphs) // 10:] + paragraphs[:-len(paragraphs) // 10]
    edited = []
    for p in moved:
        out = []
        for s in p:
            if rng.random() < 0.005:
                continue
            if rng.random() < 0.01:
                s = next((s.replace(a, b, 1) for a, b in REWORD.items() if f" {a} " in s), s)
            out.append(s)
        edited.append(out)
    return "\n\n".join(" ".join(p) for p in paragraphs), "\n\n".join(" ".join(p) for p in edited if p)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=10_000)
    ap.add_argument("--keep", type=Path, help="write the pair and the report here")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tcheck-long-"))
    folder.mkdir(parents=True, exist_ok=True)
    original, translation = pair(args.sentences)
    (folder / "original.txt").write_text(original, encoding="utf-8")
    (folder / "translation.txt").write_text(translation, encoding="utf-8")
    exe = Path(sys.executable).parent / "tcheck"
    env = {**os.environ, "TCHECK_MAX_SENTENCES": str(args.sentences + 100)}
    t0 = time.perf_counter()
    done = subprocess.run([str(exe), "check", str(folder / "original.txt"), str(folder / "translation.txt"),
                           "--format", "json", "-o", str(folder / "report.json")],
                          env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode not in (0, 1):
        sys.exit(f"tcheck check exited {done.returncode}: {done.stderr.strip()}")
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    kinds: dict[str, int] = {}
    for f in report["findings"]:
        kinds[f["type"]] = kinds.get(f["type"], 0) + 1
    print(f"{args.sentences:,} sentences a side: {wall:.1f} s wall, {peak:,.0f} MB peak RSS, "
          f"coverage {report['scores']['coverage']}, findings {kinds}")
    print("stages (s):", {k: round(v, 1) for k, v in report.get("timings", {}).items()})


if __name__ == "__main__":
    main()
