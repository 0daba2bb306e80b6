"""Each probe checked whole, as MT output with the packaged verifier at normal sensitivity:

    python benchmarks/accuracy/probes.py [data/probes.txt ...]

A probe file holds one "original || rendering" a line (lines that start with "#" are comments).
Printed per pair: "ok" or "FLAG" with each finding (type/kind, its before and after, the verifier's
score), then the count flagged. The pipeline reads each pair as real_mt.py reads real MT (`--mt-file` output);
readings.py says what each fact comparator reads, this what a check reports. Probes are written here:
they say what the checker knows, not how often a newsroom meets it.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tcheck import pipeline  # noqa: E402
from tcheck.backends.base import IdentityTranslator  # noqa: E402
from tcheck.checker import Checker  # noqa: E402
from tcheck.types import Document  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, default=[Path(__file__).with_name("data") / "probes.txt"])
    args = ap.parse_args()
    checker = Checker()
    embedder, verifier = checker.embedder, checker.verifier
    flagged = total = 0
    for path in args.files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "||" not in line or line.startswith("#"):
                continue
            a, b = (s.strip() for s in line.split("||", 1))
            original, rendering = pipeline.prepare(a, "en"), pipeline.prepare(b, "en")
            report = pipeline.check(original, Document(rendering.segments, "xx"), IdentityTranslator(), embedder,
                                    rendering, pipeline.Config(), verifier)
            found = [f"{f.type}/{f.kind}: {f.before} -> {f.after} (verifier {f.verifier})" for f in report.findings]
            total, flagged = total + 1, flagged + bool(found)
            print(("FLAG " if found else "ok   ") + f"{a}  ||  {b}" + "".join(f"\n       {x}" for x in found))
    print(f"{flagged} of {total} pairs flagged")


if __name__ == "__main__":
    main()
