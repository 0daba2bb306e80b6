"""What every fact comparator reads on the development pairs, to compare two versions of the rules.

    python benchmarks/accuracy/readings.py --out A.jsonl [--probes FILE ...]
    python benchmarks/accuracy/readings.py --diff A.jsonl B.jsonl

The first form reads every development pair both ways round, as MT and as an English rewrite (quotes
verbatim), through each comparator of `tcheck.facts.COMPARATORS`, and writes one line per reading with
the changes each comparator reports. The pairs: the real-MT train and calibration splits (faithful
pairs, the raters' Major and Minor errors, planted changes), the written development sets, and any
probe files of "original || rendering" lines. The second form prints the readings on which two such
files differ, so that a change to a rule is read on every pair it moves before it lands. The test
split and the sealed sets are never read here.
"""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT))

WRITTEN = ("sentences.jsonl", "heldout.jsonl", "test.jsonl", "final.jsonl", "human_mt_dev.jsonl",
           "human_mt_dev2.jsonl")
PLANTED_SEED = 59


def pairs(probes: list[Path]) -> list[tuple[str, str, str]]:
    """(where, original, rendering) for every development pair, once each way."""
    import dataset

    out = []
    for split in ("train", "calib"):
        examples = (dataset.faithful(split) + dataset.natural(split) + dataset.minor(split)
                    + dataset.planted(split, PLANTED_SEED))
        out += [(f"{split}:{e.kind}", e.reference, e.rendering) for e in examples]
    for name in WRITTEN:
        path = ROOT / "benchmarks/accuracy/data" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                out.append((f"{name}:{item.get('label', '')}", item.get("original") or "",
                            item.get("translation") or item.get("mt") or ""))
    for path in probes:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "||" in line and not line.startswith("#"):
                a, b = (s.strip() for s in line.split("||", 1))
                out.append((f"probe:{path.name}", a, b))
    return [(w, a, b) for w, a, b in out if a and b] + [(w, b, a) for w, a, b in out if a and b]


def _read(chunk: list[tuple[str, str, str]]) -> list[dict]:
    from tcheck.facts import COMPARATORS, Pair

    out = []
    for where, a, b in chunk:
        line = {"where": where, "original": a, "english": b}
        for verbatim in (False, True):
            pair = Pair(a, b, verbatim=verbatim)
            for m in COMPARATORS:
                changes = m.compare(pair)
                if changes:
                    line[f"{m.__name__.rsplit('.', 1)[1]}{'/rewrite' if verbatim else ''}"] = [
                        [c.kind, c.before, c.after] for c in changes]
        out.append(line)
    return out


def write(out: Path, probes: list[Path], workers: int) -> None:
    todo = pairs(probes)
    chunks = [todo[i:i + 500] for i in range(0, len(todo), 500)]
    with ProcessPoolExecutor(workers) as pool, out.open("w", encoding="utf-8") as f:
        for lines in pool.map(_read, chunks):
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(todo)} readings -> {out}")


def diff(a: Path, b: Path) -> None:
    def load(p: Path) -> dict:
        return {(d.pop("where"), d.pop("original"), d.pop("english")): d
                for d in map(json.loads, p.read_text(encoding="utf-8").splitlines())}

    old, new = load(a), load(b)
    moved = 0
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        if before != after:
            moved += 1
            print(f"[{key[0]}] {key[1]}\n    || {key[2]}")
            for comparator in sorted((before or {}).keys() | (after or {}).keys()):
                x, y = (before or {}).get(comparator), (after or {}).get(comparator)
                if x != y:
                    print(f"    {comparator}: {x} -> {y}")
    print(f"{moved} of {len(old.keys() | new.keys())} readings moved")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--probes", type=Path, nargs="*", default=[])
    ap.add_argument("--diff", type=Path, nargs=2)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
    elif args.out:
        write(args.out, args.probes, args.workers)
    else:
        ap.error("give --out FILE or --diff A B")


if __name__ == "__main__":
    main()
