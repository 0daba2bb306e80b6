"""Reading input files: bytes -> text, with legacy encodings detected and bad input refused."""
from __future__ import annotations

from pathlib import Path

from .errors import InputError

MAX_BYTES = 5_000_000


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding). UTF-8 first; Norwegian archives are often Windows-1252 or Latin-1."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(data, name)
    if not text.strip():
        raise InputError(f"{name}: file holds no text")
    if _control_share(text) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text, encoding


def read_text(path: str | Path) -> tuple[str, str]:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{p}: file is too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror})") from None
    return decode(data, str(p))


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    # Western text (Norwegian archives: Windows-1252, Latin-1) has few non-ASCII letters; the same
    # bytes read from Cyrillic or Greek code pages would be mostly accented letters in cp1252.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _non_ascii_letter_share(western) < 0.15:
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot detect the text encoding (not UTF-8, Windows-1252 or Latin-1)")
    return str(best), best.encoding


def _non_ascii_letter_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if ord(c) > 127) / max(len(letters), 1)


def _control_share(text: str) -> float:
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / max(len(text), 1)
