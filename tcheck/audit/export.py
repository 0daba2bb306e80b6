"""Exports for data teams, rebuilt from the state DB after every run: results.jsonl, findings.csv, findings.parquet.

Each file is written beside its final name and renamed into place, so a reader (or a killed run)
never sees half a file, and a pair appears in results.jsonl exactly once.
"""
from __future__ import annotations

import csv
import json
import os
import uuid
from pathlib import Path

from .records import FINDING_TYPES, SEVERITIES
from .state import FINDING_COLUMNS


def result_line(row: dict) -> dict:
    """One results.jsonl object: id, status, counts per finding type and severity, scores, error reason."""
    ok = row["status"] == "ok"
    return {
        "id": row["id"],
        "status": row["status"],
        "counts": {t: row[t] or 0 for t in FINDING_TYPES} if ok else None,
        "ignored": (row["ignored"] or 0) if ok else None,  # silenced by the --ignore file: in no count
        "severity": {s: row[s] or 0 for s in SEVERITIES} if ok else None,
        "chrf": row["chrf"], "bleu": row["bleu"], "coverage": row["coverage"],
        "error": row["error"],
        # input: kept until a file changes; model, internal, unreliable, budget: tried again by the next run
        "error_kind": row["error_kind"],
        "original": row["original"], "translation": row["translation"], "mt": row["mt"],
        "translation_lang": row["translation_lang"], "translator": row["translator"],
        "report": row["report_html"] or row["report_json"],
        "report_json": row["report_json"],
    }


def write_all(out: Path, rows: list[dict], findings: list[dict]) -> None:
    write_jsonl(out / "results.jsonl", rows)
    write_csv(out / "findings.csv", findings)
    write_parquet(out / "findings.parquet", findings)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with _replacing(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(result_line(row), ensure_ascii=False) + "\n")


def write_csv(path: Path, findings: list[dict]) -> None:
    with _replacing(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(FINDING_COLUMNS))
        w.writeheader()
        w.writerows({c: _inert(r.get(c)) for c in FINDING_COLUMNS} for r in findings)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _inert(value):
    """A cell a spreadsheet will not run as a formula (OWASP, CSV injection): an article sentence that
    opens with "=", "+", "-" (a dialogue dash) or "@" gets a leading apostrophe, which it shows as text."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA) else value


def write_parquet(path: Path, findings: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = pa.string()
    numbers = {"n": pa.int32(), "similarity": pa.float64(), "chrf": pa.float64(), "verifier": pa.float64()}
    schema = pa.schema([(c, numbers.get(c, text)) for c in FINDING_COLUMNS])
    table = pa.Table.from_pylist([{c: r.get(c) for c in FINDING_COLUMNS} for r in findings], schema=schema)
    with _replacing(path) as tmp:
        pq.write_table(table, tmp)


def scratch_name(path: Path) -> Path:
    """A temporary name beside `path` that no other process or thread will pick."""
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


class _replacing:
    """Yields a temporary path beside `path`; renames it over `path` when the block succeeds."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.tmp = scratch_name(self.path)

    def __enter__(self) -> Path:
        return self.tmp

    def __exit__(self, exc_type, *_) -> None:
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)
