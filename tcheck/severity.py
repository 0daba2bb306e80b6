"""Severity of a finding, in one place.

critical  a fact changed: number, date, name, negation, hedge/attribution, quoted words;
          a whole claim added or dropped
major     part of a claim dropped or added inside a sentence that otherwise survives; a change of
          meaning that only the learned verifier found
minor     a caption or date line added or dropped

Style (word choice, order, voice) is never a finding, so it has no severity.
"""
from __future__ import annotations

from .types import Severity

_BY_KIND: dict[str, Severity] = {
    "number": "critical",
    "date": "critical",
    "name": "critical",
    "negation": "critical",
    "hedge": "critical",
    "quote": "critical",
    "claim": "critical",
    "partial": "major",
    "meaning": "major",  # the learned verifier's own finding: a change of meaning no rule pinned down
    "caption": "minor",
    "dateline": "minor",
}


def severity(kind: str) -> Severity:
    return _BY_KIND.get(kind, "major")
