"""The user's cache: where ONNX exports and tables built from system data live, and how a table is
built once per process tree instead of once per process.

The folder is TCHECK_CACHE, else $XDG_CACHE_HOME/tcheck, else ~/.cache/tcheck. A cached table is named
for what it was built from (the source files' paths, sizes and modification times, the builder's own
module included), so an updated WordNet or a changed builder builds it afresh. A cache that cannot be
written is no error: the table is built in memory, as before.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    if os.environ.get("TCHECK_CACHE"):
        return Path(os.environ["TCHECK_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tcheck"


def stat_key(paths: list[Path]) -> str:
    key = hashlib.sha256()
    for path in paths:
        try:
            stat = path.stat()
            key.update(f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
        except OSError:
            key.update(f"{path}\0missing\0".encode())
    return key.hexdigest()[:16]


def table(name: str, sources: list[Path], build: Callable[[], T]) -> T:
    """build(), or its pickle from an earlier process built from the same sources."""
    path = cache_dir() / "tables" / f"{name}-{stat_key(sources)}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: the table stays in memory
    return value
