"""Shared by tests/test_audit_*.py: a generated archive, audited once per run through the real CLI.

The audit is killed with SIGKILL part-way through and then resumed, so every end-to-end test also
runs on the output of a resumed audit. `audited_archive` is registered in conftest.py. It is the
suite's slowest setup, so xdist's workers share one (built by whichever asks first, under a lock):
tests only read it, and one that changes it works on `copied()`.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock

from conftest import ROOT, capped, tcheck_exe

BROKEN = {  # id suffix -> the start of its error reason (None: it must come out ok)
    "missing": "no such file", "empty": "file is empty", "binary": "looks like a binary file",
    "latin1": None, "outside": "path leads outside the archive root", "oversized": "file is too large",
}


def make_archive(out: Path, pairs: int, **kwargs) -> Path:
    """benchmarks/make_archive.py's generator, loaded by path (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_archive", ROOT / "benchmarks" / "make_archive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_archive(out, pairs, **kwargs)


def audit(*args, timeout: float = 600, **popen) -> subprocess.CompletedProcess:
    env = {**os.environ, "TCHECK_DEBUG": ""}
    return subprocess.run([tcheck_exe(), "audit", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=timeout, preexec_fn=capped, **popen)


def read_results(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]


def db_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            return c.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.Error:
        return 0


@dataclass
class Audited:
    manifest: Path
    out: Path
    ids: list[str]
    rows_at_kill: int  # rows in the state DB after the SIGKILL
    resume: subprocess.CompletedProcess


def kill_mid_run(manifest: Path, out: Path, after_rows: int, *extra) -> int:
    """Start `tcheck audit`, SIGKILL its whole process group once `after_rows` pairs are recorded."""
    proc = subprocess.Popen([tcheck_exe(), "audit", str(manifest), "--out", str(out), *map(str, extra)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    try:
        while db_count(out / "state.sqlite") < after_rows:
            assert proc.poll() is None, "the audit ended before it could be killed"
            assert time.monotonic() < deadline, "the audit recorded nothing in 300 s"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return db_count(out / "state.sqlite")


@pytest.fixture(scope="session")
def audited_archive(tmp_path_factory) -> Audited:
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    base = shared / "audited-archive"
    with FileLock(f"{base}.lock"):
        record = base / "audited.json"
        if not record.is_file():
            shutil.rmtree(base, ignore_errors=True)  # what a worker's failed build left
            _build(base, record)
        done = json.loads(record.read_text(encoding="utf-8"))
    resume = subprocess.CompletedProcess(done["args"], done["returncode"], done["stdout"], done["stderr"])
    return Audited(base / "archive" / "manifest.csv", base / "out", done["ids"], done["rows_at_kill"], resume)


def _build(base: Path, record: Path) -> None:
    base.mkdir()
    (base / "outside.txt").write_text("A file beside the archive, which the audit must never read.\n")
    # 12 pairs, every second one broken, each in its own way (see BROKEN).
    manifest = make_archive(base / "archive", 12, nb_share=0.3, broken_every=2, oversized=True)
    assert manifest == base / "archive" / "manifest.csv"
    out = base / "out"
    # Rows come in manifest order, a broken pair's at once: 5 rows are 3 checked pairs and 2 broken ones.
    rows = kill_mid_run(manifest, out, 5, "--chunk-size", "1", "--no-progress")
    resume = audit(manifest, "--out", out, "--workers", "2", "--no-progress")
    assert resume.returncode == 0, resume.stderr
    ids = [line.split(",")[0] for line in manifest.read_text().splitlines()[1:]]
    record.write_text(json.dumps({"ids": ids, "rows_at_kill": rows, "args": [str(a) for a in resume.args],
                                  "returncode": resume.returncode, "stdout": resume.stdout,
                                  "stderr": resume.stderr}), encoding="utf-8")


def copied(a: Audited, to: Path) -> Audited:
    """The audited archive and its output copied under `to`, for a test that changes them."""
    base = to / "audited-archive"
    shutil.copytree(a.manifest.parents[1], base, ignore=shutil.ignore_patterns("*.lock", "audited.json"))
    return Audited(base / "archive" / "manifest.csv", base / "out", a.ids, a.rows_at_kill, a.resume)
