"""Polarity: "approved" and "not approved" (or "rejected") say opposite things."""
from __future__ import annotations

import re

from ..types import Change

# Negative particles, and verbs that carry a negation in themselves, so that a paraphrase
# ("did not comment" / "declined to comment") keeps the same count on both sides.
_CUES = re.compile(
    r"\b(not|no(?!\.?\s*\d)|never|none|nobody|nothing|neither|nor|without|cannot|can't|won't|"
    r"\w+n't|ikke|ingen|aldri|intet|ingenting|verken|uten|"
    r"refus\w*|declin\w*|den(?:y|ies|ied|ying|ial)|reject\w*|fail\w*|lack\w*|"
    r"unable|impossible|absent|avoid\w*|prevent\w*|stopped)\b",
    re.I,
)


def cues(text: str) -> list[str]:
    return [m.group(0).lower() for m in _CUES.finditer(text)]


def diff(original: str, translation: str) -> list[Change]:
    a, b = cues(original), cues(translation)
    if len(a) == len(b):
        return []
    return [Change("negation", ", ".join(a) or "affirmative", ", ".join(b) or "affirmative")]
