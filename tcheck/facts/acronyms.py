"""An acronym that the other text spells out, put as that text says it: "Photo from VNA" / "Picture from
Vietnam News Agency" reads "Photo from Vietnam News Agency", and "the CSRC" / "the China Securities
Regulatory Commission" either way. For the verifier, which reads the two texts side by side and takes an
acronym for a change of name: on the train split's two-paragraph pairs it flagged five faithful renderings
of one caption so, at 0.986. The name comparator (names.py) reads acronyms its own way, by their words.

Only initials that give the acronym exactly, with or without the connectors' letters ("Bank of England":
BE and BOE): a looser spelling ("CCTV" for "China Central Television") may stand for other words, and a
name put for another ("WHO" / "World Trade Organization") must still read as the change it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..types import Span

_TOKEN = re.compile(r"[\w&'’-]+")
_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on", "in"})
# The longest stretch read, in words: an acronym of more letters is unknown to news, and every stretch
# of a long run of capitals (a heading in capitals, a list of names) would cost time by the square.
LONGEST = 12


def as_spelled(text: str, other: str) -> str:
    """`text` with each acronym that `other` spells out, and each name spelled out that `other` says by
    its acronym, put as `other` says it; where both texts say the acronym, or the same words, as is."""
    ours, theirs = _acronyms(text), _acronyms(other)
    put: list[tuple[Span, str]] = []
    spelled: dict[str, str] = {}  # each acronym that the other text spells out -> its first spelling
    for s in stretches(other) if ours else ():
        for initials in s.initials:
            spelled.setdefault(initials, other[slice(*s.span)])
    for span, acronym in ours.items():
        if acronym in spelled and acronym not in theirs.values() and spelled[acronym] not in text:
            put.append((span, spelled[acronym]))
    words = set(_TOKEN.findall(text.lower())) if theirs else set()
    for s in stretches(text) if theirs else ():  # most pairs: the other text says no acronym
        named = [other[slice(*span)] for span, acronym in theirs.items()
                 if acronym in s.initials and acronym.lower() not in words]
        if named and text[slice(*s.span)] not in other:
            put.append((s.span, named[0]))
    for (a, b), said in sorted(_outermost(put), reverse=True):  # from the end, so earlier spans stand
        text = text[:a] + said + text[b:]
    return text


def _acronyms(text: str) -> dict[Span, str]:
    """Each word of two or more letters, all of them capitals ("VNA", "UNSC"), by where it stands."""
    return {m.span(): m.group(0) for m in _TOKEN.finditer(text)
            if m.group(0).isalpha() and m.group(0).isupper() and len(m.group(0)) >= 2}


@dataclass(frozen=True)
class Stretch:
    """A stretch of two or more capitalised words (joined by "of", "and", ...) from one capitalised word
    to another: where it stands, its capitalised words, and the acronyms its initials make, with and
    without the connectors' letters and with an acronym's own letters ("UN Security Council": UNSC)."""
    span: Span
    caps: tuple[str, ...]
    initials: frozenset[str]


# Remembered: names.py reads a text's stretches again where an acronym of four letters stands, and the
# verifier's reading of a pair (as_spelled) walks its original again.
@lru_cache(maxsize=1024)
def stretches(text: str) -> tuple[Stretch, ...]:
    """Every stretch of every run of capitalised words: any stretch, since MT may run on past the name
    ("NASA" / "the National Aeronautics and Space Administration of the United States of America")."""
    out = []
    run: list[re.Match] = []
    for m in [*_TOKEN.finditer(text), None]:
        if m is not None and (m.group(0)[:1].isupper() or (run and m.group(0).lower() in _CONNECTORS)):
            run.append(m)
            continue
        for start, end in ((a, b) for a in range(len(run)) for b in range(a + 2, min(len(run), a + LONGEST) + 1)):
            part = [w.group(0) for w in run[start:end]]
            caps = tuple(w for w in part if w[:1].isupper())
            if len(caps) >= 2 and part[0][:1].isupper() and part[-1][:1].isupper():
                initials = {"".join(w[0] for w in part).upper(), "".join(w[0] for w in caps).upper(),
                            "".join(w if w.isupper() and w.isalpha() else w[0] for w in caps).upper()}
                out.append(Stretch((run[start].start(), run[end - 1].end()), caps, frozenset(initials)))
        run = []
    return tuple(out)


def _outermost(put: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Of spans to put words in, the longest where they overlap ("Hong Kong Monetary Authority" over
    "Monetary Authority")."""
    kept: list[tuple[Span, str]] = []
    for (a, b), words in sorted(put, key=lambda p: p[0][0] - p[0][1]):
        if all(b <= x or a >= y for (x, y), _ in kept):
            kept.append(((a, b), words))
    return kept
