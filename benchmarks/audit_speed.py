"""Throughput, warm-cache re-audit and memory of `tcheck audit` on generated archives. Run by hand:

    python benchmarks/audit_speed.py [--pairs 40] [--big 1000] [--nb-pairs 12] [--keep DIR]

1. English-vs-English pairs, `--workers 1` and `--workers 2` side by side (each with cold caches), and
   `--workers 1` on half the cores: a single worker runs its models on every core it has, so what the
   other half gives it bounds what a second worker can add.
2. The same audit again with warm caches (state DB removed, cache kept: what new thresholds cost).
3. Peak RSS of the whole process tree for 100 and `--big` pairs (English and Norwegian-with-MT pairs,
   1 in 25 broken); the big run is the end-to-end audit of a 1,000-pair archive.
4. Norwegian pairs translated by Argos, with the tiny test model (tests/argos_tiny.py), if it exists.

Wall-clock rates include process start and model loading; "steady" rates count the pairs recorded
after the first chunk, from its timestamp to the last one (timestamps in the state DB).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_archive import make_archive  # noqa: E402

TCHECK = str(Path(sys.executable).parent / "tcheck")


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
        todo += children.get(p, [])
    return total


def audit(manifest: Path, out: Path, *args: str, env: dict | None = None, cores: set[int] | None = None) -> dict:
    """Run one audit (on `cores` alone, where given); return wall seconds, peak tree RSS and the DB's
    view of the run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([TCHECK, "audit", str(manifest), "--out", str(out), "--no-progress", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})},
                            preexec_fn=(lambda: os.sched_setaffinity(0, cores)) if cores else None)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    stop.set()
    sampler.join()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"audit failed ({proc.returncode}): {stderr[-2000:]}")
    with sqlite3.connect(out / "state.sqlite") as db:
        stamps = sorted(dt.datetime.fromisoformat(r[0]) for r in db.execute(
            "SELECT updated_at FROM results WHERE status = 'ok'"))
        ok, errors = (db.execute(f"SELECT count(*) FROM results WHERE status = '{s}'").fetchone()[0]
                      for s in ("ok", "error"))
    first = sum(1 for s in stamps if s == stamps[0])  # the first chunk lands at once, after model loading
    span = (stamps[-1] - stamps[0]).total_seconds() if stamps else 0
    steady = (len(stamps) - first) / span * 60 if span > 0 else None
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len({json.loads(x)["id"] for x in lines}), "a pair twice in results.jsonl"
    return {"wall": wall, "peak_rss": peak, "ok": ok, "errors": errors, "steady_per_min": steady,
            "per_min": len(lines) / wall * 60, "pairs": len(lines), "stdout": stdout.strip()}


def show(label: str, r: dict) -> None:
    steady = f", steady {r['steady_per_min']:.0f}/min" if r["steady_per_min"] else ""
    print(f"  {label:34s} {r['pairs']:5d} pairs ({r['ok']} ok, {r['errors']} errors) in {r['wall']:7.1f} s: "
          f"{r['per_min']:6.1f} pairs/min{steady}; peak RSS {r['peak_rss'] / 2**20:,.0f} MiB", flush=True)


def unique_share(manifest: Path) -> str:
    import csv

    from tcheck.errors import TcheckError
    from tcheck.pipeline import prepare
    from tcheck.textio import decode

    total, seen = 0, set()
    with open(manifest, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for side in ("original", "translation"):
                p = manifest.parent / row[side]
                try:
                    texts = prepare(decode(p.read_bytes())[0], "en").texts
                except (OSError, TcheckError):  # the broken pairs
                    continue
                total += len(texts)
                seen.update(texts)
    return f"{len(seen)} distinct of {total} sentences ({len(seen) / max(total, 1):.0%})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=40, help="English pairs for the throughput runs")
    ap.add_argument("--big", type=int, default=1000, help="pairs in the big end-to-end run (0: skip)")
    ap.add_argument("--nb-pairs", type=int, default=12, help="Norwegian pairs through the tiny Argos model (0: skip)")
    ap.add_argument("--keep", type=Path, help="work here and keep the archives and outputs")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="tcheck-audit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"tcheck audit benchmark, {os.cpu_count()} CPUs, work in {work}", flush=True)

    en = make_archive(work / "en", args.pairs, nb_share=0.0, broken_every=0, seed=1)
    print(f"1. English vs English, {args.pairs} pairs, cold caches; {unique_share(en)}", flush=True)
    one = audit(en, work / "en-w1", "--workers", "1")
    show("--workers 1", one)
    two = audit(en, work / "en-w2", "--workers", "2")
    show("--workers 2", two)
    print(f"  speed-up with 2 workers: {one['wall'] / two['wall']:.2f}x wall-clock", flush=True)
    mine = sorted(os.sched_getaffinity(0))
    if len(mine) >= 2:
        half = set(mine[:len(mine) // 2])
        alone = audit(en, work / "en-w1-half", "--workers", "1", cores=half)
        show(f"--workers 1 on {len(half)} of {len(mine)} cores", alone)
        gain = alone["wall"] / one["wall"]
        print(f"  one worker's gain from the other {len(mine) - len(half)} core(s): {gain:.2f}x; so 2 workers, each on "
              f"half the cores, can gain at most about {2 / gain:.2f}x over 1 (before process start and model loads)",
              flush=True)

    print("2. Re-audit with warm caches (state DB removed, cache kept)", flush=True)
    (work / "en-w1" / "state.sqlite").unlink()
    for extra in ("state.sqlite-wal", "state.sqlite-shm"):
        (work / "en-w1" / extra).unlink(missing_ok=True)
    warm = audit(en, work / "en-w1", "--workers", "1")
    show("--workers 1, warm caches", warm)
    print(f"  warm vs cold: {one['wall'] / warm['wall']:.2f}x faster", flush=True)

    print("3. Memory and the end-to-end archive (English + Norwegian with MT files, 1 in 25 broken), --workers 2",
          flush=True)
    for n in (100, args.big) if args.big else (100,):
        m = make_archive(work / f"mixed-{n}", n, nb_share=0.3, broken_every=25, seed=2)
        r = audit(m, work / f"mixed-{n}-out", "--workers", "2")
        show(f"{n} pairs", r)
        print(f"    {unique_share(m)}", flush=True)
        print(f"    {r['stdout'].splitlines()[0]}", flush=True)
    if args.nb_pairs:
        nb_tiny(work, args.nb_pairs)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def nb_tiny(work: Path, n: int) -> None:
    try:
        sys.path.insert(0, str(ROOT / "tests"))
        from argos_tiny import build_argosmodel
    except ImportError:
        print("4. (skipped: tests/argos_tiny.py not found)")
        return
    env = {"ARGOS_PACKAGES_DIR": str(work / "argos-packages"), "HOME": str(work / "home"),
           "XDG_DATA_HOME": str(work / "home" / "data"), "XDG_CACHE_HOME": str(work / "home" / "cache"),
           "XDG_CONFIG_HOME": str(work / "home" / "config")}
    package = build_argosmodel(work / "argos-build")
    subprocess.run([TCHECK, "models", "install", "--file", str(package)], check=True, capture_output=True,
                   env={**os.environ, **env})
    m = make_archive(work / "nb", n, nb_share=1.0, broken_every=0, seed=3, mt_share=0.0)
    print("4. Norwegian pairs translated by Argos (tiny 2+2-layer test model: every step runs, but its "
          f"gibberish finds no counterpart, so each pair ends as an 'unreliable' error row), {n} pairs",
          flush=True)
    show("--workers 1", audit(m, work / "nb-out", "--workers", "1", env=env))


if __name__ == "__main__":
    main()
