"""What each number counts: "the attack killed 12 and injured 40" / "killed 40 and injured 12" says both
numbers, and swaps them between the things they count.

A number's terms are the content words nearest it, one before and one after, within its phrase (a
comma, a semicolon or a coordinator ends one: "two dead, five injured"). Two numbers are swapped where
each keeps none of its own terms and takes the other's: read each way, as converse.py reads the terms
of a relation, so that a number that moved to another phrase with its own words ("rose 5% to 120" /
"rose to 120, up 5%") swaps nothing.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from ..lexical import STOPWORDS, stems
from .quantities import Quantity, said_once

# Where a phrase ends: its punctuation, and the coordinators that join two counts ("and", "while").
_PHRASE = re.compile(r"[,;:()]|\s(?:and|but|while|whereas|or|as well as)\s", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_NEXT = re.compile(r"(?:[^\S\n]+[^\W\d_]+)+")  # the words right after a number


def swapped(a: tuple[Quantity, ...], b: tuple[Quantity, ...], original: str,
            translation: str) -> list[tuple[Quantity, Quantity, Quantity, Quantity]]:
    """Each two numbers that both texts say once and that swap their terms: (the original's first, its
    second, the translation's number where the original has the first, and where it has the second)."""
    if len(a) < 2 or len(b) < 2 or len({q.key for q in a} & {q.key for q in b}) < 2:
        return []  # most pairs
    ours, theirs = said_once(a), said_once(b)
    shared = [k for k in ours if k in theirs]
    terms_a, terms_b = _terms([ours[k] for k in shared], original), _terms([theirs[k] for k in shared], translation)
    out = []
    for i in range(len(shared)):
        for j in range(i + 1, len(shared)):
            if not (terms_a[i] and terms_a[j]) or terms_a[i] & terms_b[i] or terms_a[j] & terms_b[j]:
                continue
            if terms_a[i] & terms_b[j] and terms_a[j] & terms_b[i]:
                out.append((ours[shared[i]], ours[shared[j]], theirs[shared[j]], theirs[shared[i]]))
    return out


def recounted(a: tuple[Quantity, ...], new: list[Quantity], b: tuple[Quantity, ...], original: str,
              translation: str) -> list[tuple[Quantity, Quantity]]:
    """Each new count of the translation's that counts what the original counts with another number,
    which the translation says of it too: "two women were trapped ... rescuers freed the two women" /
    "two women were trapped ... rescuers freed the thirty women" (the original's count, the new one).
    What a number counts is read by _counts."""
    counting = [(q, noun) for q in new if (noun := _counts(q, translation))]
    if not counting:
        return []
    theirs = [(r, _counts(r, translation)) for r in b]
    out = []
    for q, noun in counting:
        kept = {r.key for r, c in theirs if r is not q and c == noun}
        p = next((p for p in a if p.key in kept - {q.key} and _counts(p, original) == noun), None)
        if p is not None:
            out.append((p, q))
    return out


def _counts(q: Quantity, text: str) -> frozenset[str]:
    """What a plain number counts: the stems of the words right after it, up to a function word or a
    stop ("two women", "167 public fund share registration institutions")."""
    m = _NEXT.match(text, q.span[1])
    if q.unit or q.implicit or not m:
        return frozenset()
    words = m.group(0).split()
    run = words[:next((k for k, w in enumerate(words) if w.lower() in STOPWORDS), len(words))]
    return frozenset().union(*map(_stem, run))


def _terms(quantities: list[Quantity], text: str) -> list[frozenset[str]]:
    """Each number's terms: the stems of the content words nearest it, one each side, within its phrase."""
    ends = [m.span() for m in _PHRASE.finditer(text)]
    out = []
    for q in quantities:
        k = bisect.bisect_left(ends, (q.span[0],))
        start = ends[k - 1][1] if k else 0
        end = next((s for s, _ in ends[k:] if s >= q.span[1]), len(text))
        before = _nearest(reversed(_WORD.findall(text, start, q.span[0])))
        after = _nearest(_WORD.findall(text, q.span[1], end))
        out.append(before | after)
    return out


def _nearest(found: Iterable[str]) -> frozenset[str]:
    """The stem of the first content word of these."""
    word = next((w for w in found if w.lower() not in STOPWORDS), None)
    return _stem(word) if word else frozenset()


@lru_cache(maxsize=8192)  # the same few words stand beside a text's numbers, pair after pair
def _stem(word: str) -> frozenset[str]:
    return frozenset(stems(word))
