"""A worker for tests/test_audit_engine.py: checks nothing, and dies (as the OOM killer would end it)
on the pair named "killer". Imported by name in the pool's spawned processes."""
import os

from tcheck.audit.records import PairResult


def init(settings) -> None:
    pass


def job(chunk):
    if any(t.id == "killer" for t in chunk):
        os._exit(9)
    return [PairResult(t.id, t.key, "ok") for t in chunk]
