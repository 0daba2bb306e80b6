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
    except ValueError:  # a NUL byte in the manifest's path: this pair's error, not the audit's
        return _Raw(rel, None, "nul", f"{rel!r}: the path holds a NUL byte")
    try:
        data = textio.read_bytes(path, rel)
    except TcheckError as e:
        # Named for the reason (sizes included): a file mended later is checked afresh.
        return _Raw(rel, None, "unusable:" + hashlib.sha256(str(e).encode()).hexdigest()[:16], str(e))
    return _Raw(rel, data, hashlib.sha256(data).hexdigest(), None)


def _key(spec: PairSpec, raws: list[_Raw | None]) -> str:
    h = hashlib.sha256()
    parts = [spec.original, spec.translation, spec.mt, spec.source_lang or "", spec.error or ""]
    parts += [r.digest if r else "-" for r in raws]
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()[:32]
