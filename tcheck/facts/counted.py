"""What each number counts: "the attack killed 12 and injured 40" / "killed 40 and injured 12" says both
numbers, and swaps them between the things they count.

A number's terms are the content words nearest it, one before and one after, within its phrase (a
comma, a semicolon or a coordinator ends one: "two dead, five injured"). Two numbers are swapped where
each keeps none of its own terms and takes the other's: read each way, as converse.py reads the terms
of a relation, so that a number that moved to another phrase with its own words ("rose 5% to 120" /
"rose to 120, up 5%") swaps nothing.
"""
from __future__ import annotations

import re

from ..lexical import stems
from ..types import Span
from .quantities import Quantity

# Where a phrase ends: its punctuation, and the coordinators that join two counts ("and", "while").
_PHRASE = re.compile(r"[,;:()]|\s(?:and|but|while|whereas|or|as well as)\s", re.I)
_WORD = re.compile(r"[^\W\d_]+")


def swapped(a: tuple[Quantity, ...], b: tuple[Quantity, ...], original: str,
            translation: str) -> list[tuple[Quantity, Quantity, Quantity, Quantity]]:
    """Each two numbers that both texts say once and that swap their terms: (the original's first, its
    second, the translation's number where the original has the first, and where it has the second)."""
    ours, theirs = _once(a), _once(b)
    shared = [k for k in ours if k in theirs]
    terms_a = {k: _terms(ours[k], original) for k in shared}
    terms_b = {k: _terms(theirs[k], translation) for k in shared}
    out = []
    for i, v in enumerate(shared):
        for u in shared[i + 1:]:
            if not (terms_a[v] and terms_a[u]) or terms_a[v] & terms_b[v] or terms_a[u] & terms_b[u]:
                continue
            if terms_a[v] & terms_b[u] and terms_a[u] & terms_b[v]:
                out.append((ours[v], ours[u], theirs[u], theirs[v]))
    return out


def _once(quantities: tuple[Quantity, ...]) -> dict[tuple[str, float], Quantity]:
    """The text's numbers said once, by key: a number said twice has no one set of terms."""
    keys = [q.key for q in quantities]
    return {q.key: q for q in quantities if keys.count(q.key) == 1 and not q.implicit}


def _terms(q: Quantity, text: str) -> set[str]:
    """The stems of the content words nearest the number, one each side, within its phrase."""
    start, end = _phrase(q.span, text)
    before = [w for w in _WORD.findall(text[start:q.span[0]]) if stems(w)]
    after = [w for w in _WORD.findall(text[q.span[1]:end]) if stems(w)]
    return {s for w in before[-1:] + after[:1] for s in stems(w)}


def _phrase(span: Span, text: str) -> Span:
    """The bounds of the phrase that holds the span."""
    start = max((m.end() for m in _PHRASE.finditer(text, 0, span[0])), default=0)
    end = next((m.start() for m in _PHRASE.finditer(text, span[1])), len(text))
    return start, end
