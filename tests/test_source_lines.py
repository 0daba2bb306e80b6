"""The code reads in one window: no line of the project's Python is longer than 120 characters."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 120


def test_no_python_line_is_longer_than_the_limit():
    files = [p for folder in ("tcheck", "tests", "training", "benchmarks") for p in (ROOT / folder).rglob("*.py")]
    long = [f"{p.relative_to(ROOT)}:{n}" for p in files
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if len(line) > LIMIT]
    assert len(files) > 100 and not long, long
