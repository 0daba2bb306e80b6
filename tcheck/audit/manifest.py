"""Which pairs an audit covers: a CSV/JSONL manifest, or a folder searched by filename pattern.

Paths stay relative to the archive's root; `resolve` refuses any that would lead outside it
(`..`, absolute paths, symlinks pointing away), so an audit reads nothing it was not given.
A row with such a path, or without a required field, becomes a pair whose `error` says why.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .. import langid, textio
from ..errors import InputError

REQUIRED = ("id", "original", "translation")


@dataclass(frozen=True)
class PairSpec:
    """One pair as the manifest names it; paths are relative to the archive root."""

    id: str
    original: str
    translation: str
    mt: str = ""
    source_lang: str | None = None
    error: str | None = None  # the row itself is unusable; no file is read


def resolve(root: Path, rel: str) -> Path:
    """`root / rel`, or InputError when rel is absolute or leads outside root."""
    if not rel:
        raise InputError("no path given")
    p = PurePosixPath(rel.replace("\\", "/"))
    if p.is_absolute() or re.match(r"^[A-Za-z]:", rel) or ".." in p.parts:
        raise InputError(f"{rel}: path leads outside the archive root")
    root = root.resolve()
    full = (root / Path(*p.parts)).resolve()
    if not full.is_relative_to(root):
        raise InputError(f"{rel}: path leads outside the archive root (through a symlink)")
    return full


def load_manifest(path: Path) -> list[PairSpec]:
    """Read a CSV or JSONL manifest. A broken manifest as a whole is an InputError; a broken row is a pair with an
    error."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such manifest file")
    try:
        data = path.read_bytes()  # no byte limit: a manifest grows with the archive
    except OSError as e:
        raise InputError(f"{path}: cannot read the manifest ({e.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: the manifest is empty (it needs a header: id, original, translation)")
    text = textio.decode(data, str(path))[0]  # UTF-16 from a spreadsheet, or Windows-1252, as a text is read
    jsonl = path.suffix.lower() in (".jsonl", ".ndjson") or (
        path.suffix.lower() != ".csv" and text.lstrip().startswith("{")
    )
    rows = _jsonl_rows(text, path) if jsonl else _csv_rows(text, path)
    specs = [_spec(line, row) for line, row in rows]
    _refuse_duplicates(specs, path)
    if not specs:
        raise InputError(f"{path}: the manifest lists no pairs")
    return specs


def find_pairs(root: Path, original: str, translation: str, mt: str | None = None,
               source_lang: str | None = None, exclude: Path | None = None) -> list[PairSpec]:
    """Pairs in a folder: every file matching the ORIGINAL pattern (with `{id}` in it) and its partners.

    A translation (or mt file) without its original, and an original without its translation,
    come back as error pairs, so that an archive's gaps show in the summary.
    """
    root = Path(root)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder")
    patterns = [original, translation] + ([mt] if mt else [])
    for pattern in patterns:
        if "{id}" not in pattern:
            raise InputError(f"pattern {pattern!r} must contain {{id}}")
        try:
            resolve(root, pattern.replace("{id}", "x"))
        except InputError:
            raise InputError(f"pattern {pattern!r} leads outside the folder") from None
    skip = exclude.resolve() if exclude else None
    files = [p.relative_to(root).as_posix() for p in root.rglob("*")
             if p.is_file() and not (skip and p.resolve().is_relative_to(skip))]
    originals = _ids(files, original)
    translations = _ids(files, translation)
    specs = []
    for id_ in sorted(originals | translations):
        o, t = original.replace("{id}", id_), translation.replace("{id}", id_)
        m = mt.replace("{id}", id_) if mt else ""
        error = None
        if id_ not in originals:
            error = f"{t}: no original ({o}) for this translation"
        specs.append(PairSpec(id_, o, t, m, source_lang, error))
    if not specs:
        raise InputError(f"{root}: no file matches {original!r}")
    return specs


def _ids(files: list[str], pattern: str) -> set[str]:
    return {id_ for f in files if (id_ := pair_id(f, pattern)) is not None}


def pair_id(path: str, pattern: str) -> str | None:
    """The `{id}` that makes `pattern` this path ("stories/{id}.nb.md", "stories/a.nb.md": "a"), or None."""
    parts = pattern.split("{id}")
    middle = "".join(re.escape(p) + "(?P=id)" for p in parts[1:-1])
    m = re.fullmatch(re.escape(parts[0]) + "(?P<id>.+?)" + middle + re.escape(parts[-1]), path)
    return m["id"] if m else None


def _csv_rows(text: str, path: Path) -> list[tuple[int, dict]]:
    sample = text[:4096]
    dialect = "excel-tab" if sample.count("\t") > sample.count(",") else "excel"
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(f"{path}: the manifest has no {', '.join(missing)} column "
                         "(it needs id, original, translation)")
    reader.fieldnames = header
    return [(reader.line_num, row) for row in reader
            if any((v or "").strip() for v in row.values() if isinstance(v, str))]


def _jsonl_rows(text: str, path: Path) -> list[tuple[int, dict]]:
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            row = {"_error": f"{path.name} line {n}: not JSON ({e.msg})"}
        if not isinstance(row, dict):
            row = {"_error": f"{path.name} line {n}: not a JSON object"}
        rows.append((n, row))
    return rows


def _spec(line: int, row: dict) -> PairSpec:
    def field(name: str) -> str:
        value = row.get(name)
        return "" if value is None else str(value).strip()

    id_ = field("id") or f"line-{line}"
    if row.get("_error"):
        return PairSpec(id_, "", "", error=row["_error"])
    lacking = [c for c in REQUIRED if not field(c)]
    if lacking:
        return PairSpec(id_, field("original"), field("translation"),
                        error=f"manifest line {line}: no {', '.join(lacking)}")
    try:
        lang = langid.code(field("source_lang") or None, "source_lang")
    except InputError as e:
        return PairSpec(id_, field("original"), field("translation"), error=f"manifest line {line}: {e}")
    return PairSpec(id_, field("original"), field("translation"), field("mt_file"), lang)


def _refuse_duplicates(specs: list[PairSpec], path: Path) -> None:
    seen: set[str] = set()
    for s in specs:
        if s.id in seen:
            raise InputError(f"{path}: id {s.id!r} appears more than once; ids must be unique")
        seen.add(s.id)
