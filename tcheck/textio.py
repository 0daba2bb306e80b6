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
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot detect the text encoding (not UTF-8, Windows-1252 or Latin-1)")
    encoding = best.encoding
    # charset-normalizer may name a cousin of cp1252 for short Norwegian texts; the Western
    # code pages decode æøå identically, and cp1252 also has the typographic quotes and dashes.
    if encoding in {"latin_1", "iso8859_15", "cp1252", "iso8859_1"}:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    return str(best), encoding


def _control_share(text: str) -> float:
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / max(len(text), 1)
