"""A worker for tests/test_audit_engine.py: checks nothing, dies (as the OOM killer would end it)
on the pair named "killer", and runs out of memory on "hog". Imported by name in the pool's spawned processes."""
import os

from tcheck.audit.records import PairResult


def init(settings) -> None:
    pass


def job(chunk):
    if any(t.id == "killer" for t in chunk):
        os._exit(9)
    if any(t.id == "hog" for t in chunk):  # past its budget outside any one pair's check (a cache flush, say)
        raise MemoryError()
    return [PairResult(t.id, t.key, "ok") for t in chunk]
