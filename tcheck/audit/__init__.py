"""Batch audits of translation archives: many pairs, parallel workers, resumable state, a summary.

    manifest.py   which pairs: a CSV/JSONL manifest or a folder + filename patterns; paths kept inside the root
    inputs.py     files -> content keys and texts, or error rows
    state.py      SQLite (WAL) state: one row per pair, keyed by content and model signatures
    worker.py     models loaded once; a chunk of pairs batched through translation and embedding, their
                  outputs kept in cache/cache.sqlite (backends/stored.py, as `tcheck check` keeps its own)
    engine.py     local engine: a process pool (or in-process)        ray_engine.py  Ray actors
    budget.py     a worker's memory cap and a pair's time limit
    run.py        plan, check, record, export                         progress.py    the progress bar
    export.py     results.jsonl, findings.csv, findings.parquet       summary.py     summary.html (plots.py: SVG)

Importing this package loads no model, and none of its modules until asked: `tcheck check` imports
tcheck.audit.command to register the command, and the rest would cost its cold start 75 ms.
"""
from importlib import import_module

_EXPORTS = {"PairSpec": "manifest", "find_pairs": "manifest", "load_manifest": "manifest",
            "AuditOptions": "run", "AuditOutcome": "run", "run_audit": "run"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
