"""Reading a pair's files: content keys for the state DB, texts for the workers, reasons for error rows.

The key hashes the raw bytes of every file (and the source language and file names), so a changed
file changes the key and its pair is checked again; a missing or unreadable file has a stable key,
so its error row is kept until the file appears or changes.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .. import textio
from ..errors import TcheckError
from .manifest import PairSpec, resolve
from .records import PairResult, Side, Task


@dataclass(frozen=True)
class _Raw:
    name: str
    data: bytes | None
    digest: str
    error: str | None


def key_of(spec: PairSpec, root: Path) -> str:
    """The pair's content key, reading (not decoding) its files."""
    return _key(spec, _read_all(spec, root))


def load(spec: PairSpec, root: Path) -> Task | PairResult:
    """A Task with decoded texts, or an error PairResult naming the first unusable file."""
    raws = _read_all(spec, root)
    key = _key(spec, raws)
    if spec.error:
        return PairResult.failed(spec.id, key, spec.error, "input")
    sides = []
    for raw in raws:
        if raw is None:
            sides.append(None)
            continue
        if raw.error:
            return PairResult.failed(spec.id, key, raw.error, "input")
        try:
            text, _ = textio.decode(raw.data, raw.name)
        except TcheckError as e:
            return PairResult.failed(spec.id, key, str(e), "input")
        sides.append(Side(text, raw.name, Path(raw.name).name))
    return Task(spec.id, key, sides[0], sides[1], sides[2], spec.source_lang)


def _read_all(spec: PairSpec, root: Path) -> list[_Raw | None]:
    if spec.error:
        return [None, None, None]
    return [_read(root, spec.original), _read(root, spec.translation), _read(root, spec.mt) if spec.mt else None]


def _read(root: Path, rel: str) -> _Raw:
    try:
        path = resolve(root, rel)
    except TcheckError as e:
        return _Raw(rel, None, "outside", str(e))
    if not path.exists():
        return _Raw(rel, None, "missing", f"{rel}: no such file")
    if not path.is_file():
        return _Raw(rel, None, "not-a-file", f"{rel}: is a directory, not a file")
    size = path.stat().st_size
    if size > textio.MAX_BYTES:
        return _Raw(rel, None, f"size:{size}:{path.stat().st_mtime_ns}",
                    f"{rel}: file is too large ({size:,} bytes; the limit is {textio.MAX_BYTES:,})")
    try:
        data = path.read_bytes()
    except OSError as e:
        return _Raw(rel, None, "unreadable", f"{rel}: cannot read ({e.strerror})")
    return _Raw(rel, data, hashlib.sha256(data).hexdigest(), None)


def _key(spec: PairSpec, raws: list[_Raw | None]) -> str:
    h = hashlib.sha256()
    parts = [spec.original, spec.translation, spec.mt, spec.source_lang or "", spec.error or ""]
    parts += [r.digest if r else "-" for r in raws]
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()[:32]
