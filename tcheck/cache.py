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
import re
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
    """build(), or its pickle from an earlier process built from the same sources. The file holds
    two pickles: the sources' paths, then the table; a new table removes those no one reads again."""
    folder = cache_dir() / "tables"
    path = folder / f"{name}-{stat_key(sources)}.pickle"
    try:
        with open(path, "rb") as f:
            if isinstance(pickle.load(f), list):  # the sources; a file from before them holds the table alone
                return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=folder)
        with os.fdopen(fd, "wb") as f:
            pickle.dump([str(Path(p).resolve()) for p in sources], f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(folder, path)
    except OSError:
        pass  # a read-only home: the table stays in memory
    return value


def _prune(folder: Path, keep: Path) -> None:
    """Remove the tables that no installation reads again: their sources are gone or have changed
    since (the file's name no longer fits them), they predate recorded sources, or they are of a
    table that tcheck no longer builds (such a file predates recorded sources too)."""
    for other in folder.glob("*.pickle"):
        named = re.fullmatch(r"(.+)-[0-9a-f]{16}\.pickle", other.name)
        if other == keep or not named:
            continue
        try:
            with open(other, "rb") as f:
                sources = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            sources = None
        if not isinstance(sources, list) or other.name != f"{named[1]}-{stat_key([Path(p) for p in sources])}.pickle":
            other.unlink(missing_ok=True)
