"""The glossary file: CSV or TSV, one term a line: the English form, then the other form.

    # English, as the translation's English may have it
    Norwegian Public Roads Administration,Statens vegvesen
    Norwegian Public Roads Administration,NPRA

A `#` that opens a line or follows a space, outside quotes, opens a comment; a tab anywhere in the
first term line makes the file TSV. At most MAX_TERMS terms of at most MAX_CHARS characters each, and
a regular file of at most textio.MAX_BYTES (a device or a pipe is refused unopened, as inputs are).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from .errors import InputError
from . import glossary, textio
from .glossary import Term

MAX_TERMS = 10_000
MAX_CHARS = 200


def read(path: Path | None) -> tuple[Term, ...]:
    """The file's terms; none where no file is given."""
    if path is None:
        return ()
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such glossary file")
    try:
        text = textio.read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: cannot read the glossary ({e})") from None
    return parse(text, str(path))


def parse(text: str, name: str = "glossary") -> tuple[Term, ...]:
    lines = [(n, line) for n, raw in enumerate(text.splitlines(), 1) if (line := _uncommented(raw)).strip()]
    delimiter = "\t" if lines and "\t" in lines[0][1] else ","
    rows = []
    for n, line in lines:
        row = [cell.strip() for cell in next(csv.reader(io.StringIO(line), delimiter=delimiter))]
        if len(row) != 2 or not all(row):
            raise InputError(f"{name}: line {n}: give two terms, the English one first, separated by "
                             f"{'a tab' if delimiter == chr(9) else 'a comma'}")
        if max(map(len, row)) > MAX_CHARS:
            raise InputError(f"{name}: line {n}: a term is longer than {MAX_CHARS} characters")
        rows.append(row)
    found = glossary.terms(rows)
    if len(found) > MAX_TERMS:
        raise InputError(f"{name}: {len(found)} terms, more than {MAX_TERMS}")
    return found


def _uncommented(line: str) -> str:
    """The line up to its comment: a "#" that opens the line or follows a space, outside quotes
    ("Linn Aasheim,Marit Strand  # our harbour director")."""
    quoted = False
    for k, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == "#" and not quoted and (k == 0 or line[k - 1].isspace()):
            return line[:k]
    return line
