"""Severity of a finding, in one place. Pure.

A finding starts at its kind's level:

critical  a fact changed: number, date, name, negation, opposite or polarity, hedge/attribution, quoted
          words in an English rewrite; a whole claim added or dropped
major     part of a claim dropped or added inside a sentence that otherwise survives; a change of
          meaning that only the learned verifier found; quoted words that MT rendered otherwise
minor     a caption or date line added or dropped

and then `grade` moves it one level on what else is known:

- down, where the learned verifier read the pair and judged its meaning more likely kept than
  changed (`verifier` below DOUBT): the rule saw words differ, the meaning may not have. Not for
  the exact kinds (a number, a date, a name, a negative particle, a quote in an English rewrite):
  there the rule is right however the pair reads, and the verifier is the weaker judge (it scored
  the nb fixture's 340 → 430 at 0.21);
- up, where it stands in the lead (the headline or the first paragraph), which most readers read
  and many read alone.

Style (word choice, order, voice) is never a finding, so it has no severity.
"""
from __future__ import annotations

from dataclasses import replace
from typing import get_args

from .types import Report, Severity

LEVELS: tuple[Severity, ...] = tuple(reversed(get_args(Severity)))  # the least serious first
DOUBT = 0.5  # the verifier's p(changed) below which it judges the meaning kept
EXACT = frozenset({"number", "date", "name", "negation"})  # and "quote" in an English rewrite

_BY_KIND: dict[str, Severity] = {
    "number": "critical",
    "date": "critical",
    "name": "critical",
    "negation": "critical",
    "opposite": "critical",  # a word turned into its opposite ("rose" / "fell")
    "polarity": "critical",  # a word that carries a negation came or went ("agreed" / "refused")
    "hedge": "critical",
    "quote": "critical",
    "claim": "critical",
    "partial": "major",
    "meaning": "major",  # the learned verifier's own finding: a change of meaning no rule pinned down
    "caption": "minor",
    "dateline": "minor",
}


def severity(kind: str, verbatim: bool = True) -> Severity:
    """A kind's own level. A quote in MT is one rendering of foreign words among many: major."""
    if kind == "quote" and not verbatim:
        return "major"
    return _BY_KIND.get(kind, "major")


def grade(kind: str, verbatim: bool, verifier: float | None, lead: bool) -> Severity:
    level = LEVELS.index(severity(kind, verbatim))
    exact = kind in EXACT or (kind == "quote" and verbatim)
    if verifier is not None and verifier < DOUBT and not exact:
        level -= 1
    if lead:
        level += 1
    return LEVELS[max(0, min(level, len(LEVELS) - 1))]


def at_least(level: Severity, floor: Severity) -> bool:
    return LEVELS.index(level) >= LEVELS.index(floor)


def filtered(report: Report, level: Severity) -> Report:
    """The report without the findings less severe than `level`: `below` counts them and meta names
    the level, so that no format says "no claims found" of a report that only left them out."""
    if level == LEVELS[0]:
        return report
    kept = tuple(f for f in report.findings if at_least(f.severity, level))
    return replace(report, findings=kept, below=report.below + len(report.findings) - len(kept),
                   meta={**report.meta, "min_severity": level})
