import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def embedder():
    """The packaged MiniLM as a check runs it (onnxruntime), loaded once per test session. Tests that
    need torch (sentence-transformers, named models, exports) are in the xdist group "torch", so that
    one worker alone pays for importing it."""
    from tcheck.backends import prepared
    from tcheck.backends.onnx import OnnxEmbedder

    return OnnxEmbedder(prepared.ready(prepared.EMBEDDER), prepared.EMBEDDER, threads=prepared.threads())


def tcheck_exe() -> str:
    exe = Path(sys.executable).parent / "tcheck"
    return str(exe) if exe.exists() else shutil.which("tcheck")


MEMORY_CAP = 3 * 1024**3  # bytes of private writable memory for a process under test (a check needs under 1)


def capped() -> None:
    """preexec_fn: cap the process under test, never the machine. RLIMIT_DATA, not RLIMIT_AS:
    onnxruntime reserves address space that it never touches."""
    import resource

    resource.setrlimit(resource.RLIMIT_DATA, (MEMORY_CAP, resource.getrlimit(resource.RLIMIT_DATA)[1]))


def run_cli(*args, env=None, cwd=ROOT, timeout=300) -> subprocess.CompletedProcess:
    """The real CLI, under a timeout and a memory cap."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([tcheck_exe(), *map(str, args)], capture_output=True, text=True, env=full_env, cwd=cwd,
                          timeout=timeout, preexec_fn=capped)


def check_json(*args, expect: int = 0) -> dict:
    """`tcheck check ARGS --format json`, its exit code asserted and its report parsed."""
    r = run_cli("check", *args, "--format", "json")
    assert r.returncode == expect, r.stderr
    return json.loads(r.stdout)


def check_json_here(*args, env=None, expect: int = 0) -> dict:
    """`tcheck check ARGS --format json` run in this process (typer's runner): for the checks that load
    torch, which a test process holds already and a new one would import again (about 10 s each)."""
    from typer.testing import CliRunner

    from tcheck.cli import app

    r = CliRunner().invoke(app, ["check", *map(str, args), "--format", "json"], env=env)
    assert r.exit_code == expect, (r.output, r.exception)
    return json.loads(r.stdout)


def assert_gold(findings: list[dict], fixture: str) -> None:
    """The fixture's gold findings come out, and nothing else."""
    missing, extra = unmatched(findings, load_gold(fixture))
    assert missing == [] and extra == []


def assert_one_line_error(r: subprocess.CompletedProcess, *needles: str) -> None:
    """Exit 2 and one line on stderr, no traceback, holding every needle."""
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    for n in needles:
        assert n in lines[0], lines[0]


def load_gold(name: str) -> list[dict]:
    return json.loads((FIXTURES / name / "gold.json").read_text(encoding="utf-8"))["findings"]


def unmatched(findings: list[dict], gold: list[dict]) -> tuple[list[dict], list[dict]]:
    """Gold entries with no finding, and findings that match no gold entry (one finding per gold)."""
    left = list(findings)
    missing = []
    for g in gold:
        hit = next((f for f in left if _matches(f, g)), None)
        if hit is None:
            missing.append(g)
        else:
            left.remove(hit)
    return missing, left


def _matches(f: dict, g: dict) -> bool:
    if f["type"] != g["type"] or f["kind"] != g["kind"]:
        return False
    for side in ("original", "translation"):
        if g[side] is None:
            if f[side] is not None:
                return False
        elif g[side] not in (f[side] or ""):
            return False
    return True


from audit_support import audited_archive  # noqa: E402,F401  (session fixture for tests/test_audit_*.py)
