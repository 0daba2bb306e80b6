"""The ignore file (TOML): read its rules, append one. The rules themselves are tcheck/ignore.py's.

    [[ignore]]
    id = "f-3c9a0d1e4b2f"
    reason = "Statens vegvesen is the agency's own name"
    by = "kari"
    date = "2026-11-30"

    [[ignore]]
    pattern = { kind = "name", before = "Statens vegvesen" }
    reason = "kept in Norwegian on purpose"
"""
from __future__ import annotations

import datetime
import hashlib
import json
import re
import tomllib
from pathlib import Path
from typing import get_args

from . import textio
from .errors import InputError
from .ignore import PATTERN_FIELDS, Rule
from .types import FINDING_ID, FINDING_ID_HINT, FindingType

KEYS = ("id", "pattern", "reason", "by", "date")


def read(path: Path | None) -> tuple[Rule, ...]:
    """The file's rules; none where no file is given."""
    if path is None:
        return ()
    path = Path(path)
    return _rules(path, _text(path))


def _text(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such ignore file")
    try:
        return textio.read_bytes(path).decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: cannot read the ignore file ({e})") from None


def _rules(path: Path, text: str) -> tuple[Rule, ...]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path}: not TOML ({e})") from None
    entries = data.get("ignore", [])
    if not isinstance(entries, list):
        raise InputError(f"{path}: `ignore` must be a list of [[ignore]] tables")
    return tuple(_rule(path, n, e) for n, e in enumerate(entries, 1))


def _rule(path: Path, n: int, entry) -> Rule:
    where = f"{path}: rule {n}"
    if not isinstance(entry, dict):
        raise InputError(f"{where}: not a table")
    if unknown := sorted(set(entry) - set(KEYS)):  # a misspelt key would leave a rule that matches nothing
        raise InputError(f"{where}: no key {', '.join(unknown)} (a rule has {', '.join(KEYS)})")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise InputError(f"{where}: give a reason (why this finding is wrong)")
    pattern = entry.get("pattern", {})
    if ("id" in entry) == bool(pattern):
        raise InputError(f"{where}: give either an id or a pattern")
    if not isinstance(pattern, dict) or set(pattern) - set(PATTERN_FIELDS) or \
            not all(isinstance(v, str) and v.strip() for v in pattern.values()):
        raise InputError(f"{where}: a pattern has text values for {', '.join(PATTERN_FIELDS)} only")
    if "id" in entry and not (isinstance(entry["id"], str) and re.fullmatch(FINDING_ID, entry["id"])):
        raise InputError(f"{where}: id {entry['id']!r} is no finding id ({FINDING_ID_HINT})")
    if pattern.get("type", "added") not in get_args(FindingType):
        raise InputError(f"{where}: a pattern's type is added, dropped or altered, not {pattern['type']!r}")
    return Rule(reason.strip(), str(entry.get("by", "")), entry.get("id"), dict(pattern))


def add(path: Path, finding_id: str, reason: str, by: str = "") -> Rule | None:
    """Append a rule for one finding id; None where it was added, else the rule that ignores that id
    already (a second would say nothing new). The file is read back first, so a broken file is never
    extended."""
    path = Path(path)
    if not reason.strip():
        raise InputError("give a reason: why this finding is wrong")
    held_text = _text(path) if path.exists() else ""
    held = next((r for r in _rules(path, held_text) if r.id == finding_id), None)
    if held is not None:
        return held
    # JSON strings are TOML basic strings: the same quotes and escapes.
    lines = ["", "[[ignore]]", f"id = {json.dumps(finding_id)}", f"reason = {json.dumps(reason.strip())}"]
    if by:
        lines.append(f"by = {json.dumps(by)}")
    lines.append(f"date = {json.dumps(datetime.date.today().isoformat())}")
    textio.write(path, held_text + "\n".join(lines) + "\n")
    return None


def digest(path: Path | None) -> str:
    """Names an ignore file's content in a report's meta and in the audit's signature."""
    if path is None:
        return "none"
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
