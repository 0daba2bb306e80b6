"""The audit's state database: one row per pair id, with its findings, in SQLite (WAL).

A pair's row and its findings are written in one transaction, so an audit killed at any moment
(SIGKILL included) leaves each pair either fully recorded or absent: a rerun neither loses nor
duplicates a pair. A row is reused only while its content key, run signature and translation
model still match; anything else is checked again.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from .records import FINDING_TYPES, SEVERITIES, PairResult

SCHEMA_VERSION = "2"
_COUNTS = FINDING_TYPES + SEVERITIES
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS results (
    id TEXT PRIMARY KEY, content_key TEXT NOT NULL, run_sig TEXT NOT NULL, status TEXT NOT NULL,
    error TEXT, error_kind TEXT, translator TEXT, original_lang TEXT, translation_lang TEXT,
    original TEXT, translation TEXT, mt TEXT,
    {", ".join(f"{c} INTEGER" for c in _COUNTS)},
    chrf REAL, bleu REAL, coverage REAL, n_original INTEGER, n_translation INTEGER,
    report_json TEXT, report_html TEXT, seconds REAL, updated_at TEXT
);
CREATE TABLE IF NOT EXISTS findings (
    pair_id TEXT NOT NULL, n INTEGER NOT NULL, type TEXT, kind TEXT, severity TEXT, reason TEXT,
    original TEXT, translation TEXT, translation_en TEXT, similarity REAL, chrf REAL,
    PRIMARY KEY (pair_id, n)
);
"""
FINDING_COLUMNS = ("pair_id", "n", "type", "kind", "severity", "reason", "original", "translation",
                   "translation_en", "similarity", "chrf", "id", "before", "after", "before_spans", "after_spans",
                   "verifier")
_NAMES = ", ".join(f'"{c}"' for c in FINDING_COLUMNS)  # "before" and "after" are words of SQLite's too
# The findings' columns of schema 2, added when a DB is opened, to a new one and to one written before
# them alike. A pair recorded before is checked again anyway: the run signature holds a digest of
# tcheck's source.
_ADDED = {"id": "TEXT", "before": "TEXT", "after": "TEXT", "before_spans": "TEXT", "after_spans": "TEXT",
          "verifier": "REAL"}
RETRIED = ("model", "internal", "unreliable", "budget")  # error kinds that a rerun tries again,
                                                         # even with unchanged files
# ("unreliable": the translation step failed; its usual cure is a new model, which the files do not show)


class State:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._db = sqlite3.connect(str(self.path), timeout=60, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable across a process kill
        self._db.executescript(_SCHEMA)
        have = {row["name"] for row in self._db.execute("PRAGMA table_info(findings)")}
        for column, kind in _ADDED.items():
            if column not in have:
                self._db.execute(f'ALTER TABLE findings ADD COLUMN "{column}" {kind}')
        if "ignored" not in {row["name"] for row in self._db.execute("PRAGMA table_info(results)")}:
            self._db.execute("ALTER TABLE results ADD COLUMN ignored INTEGER")  # a DB of before it, as above
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        self._db.close()

    def is_done(self, id: str, key: str, run_sig: str, translators: "set[str] | None" = None) -> bool:
        """Whether the stored row for `id` is still valid. `translators`: the model names installed now."""
        row = self._db.execute(
            "SELECT content_key, run_sig, status, error_kind, translator FROM results WHERE id = ?", (id,)
        ).fetchone()
        if row is None or row["content_key"] != key or row["run_sig"] != run_sig:
            return False
        if row["status"] == "error":
            return row["error_kind"] not in RETRIED
        name = row["translator"] or ""
        if name.startswith("argos:") and translators is not None:
            return name in translators
        return True

    def record(self, results: list[tuple[PairResult, dict]], run_sig: str) -> None:
        """Store results with their extra columns (paths, report files), all in one transaction."""
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            for r, extra in results:
                row = {
                    "id": r.id, "content_key": r.key, "run_sig": run_sig, "status": r.status, "error": r.error,
                    "error_kind": r.error_kind, "translator": r.translator, "original_lang": r.original_lang,
                    "translation_lang": r.translation_lang, "chrf": r.chrf, "bleu": r.bleu, "coverage": r.coverage,
                    "n_original": r.n_original, "n_translation": r.n_translation, "seconds": r.seconds,
                    "ignored": r.ignored,
                    "updated_at": now, **{c: r.counts.get(c, 0) for c in FINDING_TYPES},
                    **{c: r.severities.get(c, 0) for c in SEVERITIES}, **extra,
                }
                cols = ", ".join(row)
                marks = ", ".join(f":{c}" for c in row)
                self._db.execute(f"INSERT OR REPLACE INTO results ({cols}) VALUES ({marks})", row)
                self._db.execute("DELETE FROM findings WHERE pair_id = ?", (r.id,))
                self._db.executemany(
                    f"INSERT INTO findings ({_NAMES}) VALUES ({', '.join('?' * len(FINDING_COLUMNS))})",
                    [(r.id, n, *(f.get(c) for c in FINDING_COLUMNS[2:])) for n, f in enumerate(r.findings)],
                )

    def results(self, ids: list[str]) -> list[dict]:
        """Stored rows for these ids, in this order; ids never recorded are left out."""
        rows = {r["id"]: dict(r) for r in self._db.execute("SELECT * FROM results")}
        return [rows[i] for i in ids if i in rows]

    def findings(self, ids: list[str]) -> list[dict]:
        wanted = set(ids)
        order = {i: n for n, i in enumerate(ids)}
        rows = [dict(r) for r in self._db.execute("SELECT * FROM findings") if r["pair_id"] in wanted]
        return sorted(rows, key=lambda r: (order[r["pair_id"]], r["n"]))
