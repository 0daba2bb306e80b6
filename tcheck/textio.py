"""Reading input files: bytes -> text, with legacy encodings detected and bad input refused; and
writing a file whole or not at all."""
from __future__ import annotations

import codecs
import logging
import os
import stat
import tempfile
from pathlib import Path

from .errors import InputError

MAX_BYTES = 5_000_000
# A JSON report (`render`, `ignore add`) holds each text again, with its English, every alignment and
# finding, about 15 times its texts (568 KB of short sentences gave 8.3 MB): room for a check of MAX_BYTES.
REPORT_BYTES = 200_000_000
log = logging.getLogger(__name__)
# Word's "Unicode text" is UTF-16 LE with a BOM. UTF-32's BOMs begin with UTF-16's: they go first.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding). UTF-8 first; Norwegian archives are often Windows-1252 or Latin-1."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), name), codec
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {codec.upper()} byte-order mark "
                                 f"but is not {codec.upper()}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _mostly_utf8(data, name) or _decode_legacy(data, name)
    return _checked(text, name), encoding


def _mostly_utf8(data: bytes, name: str) -> tuple[str, str] | None:
    """UTF-8 with a stray byte or two (a file cut and joined, a copy from elsewhere): read as UTF-8, the
    strays as U+FFFD, and said on stderr. Read whole as Windows-1252, every "ø" of it became "Ã¸" and
    the machine translation read nonsense. A legacy file has few valid UTF-8 sequences by chance."""
    text = data.decode("utf-8-sig", errors="replace")
    strays = text.count("\ufffd")
    sequences = sum(1 for c in text if ord(c) > 127) - strays
    if sequences < 10 * strays:
        return None
    log.warning("%s: %d %s that UTF-8 does not allow, read as \ufffd", name, strays, "byte" if strays == 1 else "bytes")
    return text, "utf-8"


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: file holds no text")
    if _control_share(text) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


def read_text(path: str | Path, most: int | None = None) -> tuple[str, str]:
    return decode(read_bytes(path, most=most), str(path))


def read_stdin(most: int | None = None) -> tuple[str, str]:
    """Standard input, with the same bound as a file: more than `most` bytes (MAX_BYTES) is an error,
    not a cut."""
    import sys

    most = MAX_BYTES if most is None else most
    data = sys.stdin.buffer.read(most + 1)
    if len(data) > most:
        raise InputError(f"standard input: more than {most:,} bytes (the limit)")
    return decode(data, "standard input")


def read_bytes(path: str | Path, name: str | None = None, most: int | None = None) -> bytes:
    """A regular file's bytes, at most `most` (MAX_BYTES). A FIFO or a device has no size to check
    first and may never end (/dev/zero) or never start (a pipe with no writer): those are refused
    unopened."""
    name, most = name or str(path), MAX_BYTES if most is None else most
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except ValueError:  # os.stat's answer to a NUL byte in the path
        raise InputError(f"{name!r}: the path holds a NUL byte") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: not a regular file (a device, pipe or socket)")
    if st.st_size > most:
        raise InputError(f"{name}: file is too large ({st.st_size:,} bytes; the limit is {most:,})")
    try:
        with open(path, "rb") as f:
            data = f.read(most + 1)  # the bound holds for a file that grows while it is read
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    if len(data) > most:
        raise InputError(f"{name}: file is too large (more than {most:,} bytes)")
    return data


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


def write(path: str | Path, text: str) -> None:
    """`text` as the whole of the file at `path`, written beside it and then put in its place: a full
    disk or a kill midway leaves an earlier report or ignore file as it was, never cut. The file keeps
    its mode. A path that is no regular file (/dev/stdout, a pipe) is written straight. A failure is
    InputError."""
    path = Path(path).resolve() if Path(path).is_symlink() else Path(path)  # the file a link names, not the link
    if path.exists() and not path.is_file():
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise InputError(f"{path}: cannot write ({e.strerror})") from None
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    except OSError as e:
        raise InputError(f"{path}: cannot write ({e.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~umask)  # mkstemp's is 0600
        os.replace(tmp, path)
    except BaseException as e:
        os.unlink(tmp)
        if isinstance(e, OSError):
            kept = "; the file is as it was" if path.exists() else ""
            raise InputError(f"{path}: cannot write ({e.strerror}){kept}") from None
        raise
