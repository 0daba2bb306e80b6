"""Bounds on a number: "the death toll exceeded 3,500" / "the death toll was less than 3,500" says one
figure and bounds it the other way, which the number comparator, reading figures, never sees.

A number's bound is the words right before it ("more than", "over", "at least", "nearly", "up to") or
right after it ("or more", "or less"). Two texts that say a figure once each and bound it in opposite
directions changed it. A bound negated ("no more than", "cannot be more than") is negation.py's, which
counts its particle and reads "no more than 5%" / "up to 5%" as one bound (negation._bounded). Bounds
whose words are each other's antonyms ("more than" / "less than", "at least" / "at most", "above" /
"below") are negation.py's opposites already, and are left to it where it reads them. Pure.
"""
from __future__ import annotations

import re

from .antonyms import lemmas, opposites, swaps
from .quantities import Quantity, said_once

_LOWER = (r"more\s+than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|at\s+least|upwards\s+of|"
          r"in\s+excess\s+of|a\s+minimum\s+of|north\s+of|topp(?:ed|ing)|tops")
_UPPER = (r"less\s+than|fewer\s+than|under|below|at\s+most|up\s+to|a\s+maximum\s+of|nearly|almost|"
          r"just\s+shy\s+of|short\s+of")
# The words before a figure, a currency's sign between ("over $5 million"), and a negation before them.
_BEFORE = re.compile(r"(?:(?P<not>(?:(?<![\w-])(?:no|not|never|cannot)|(?<=\w)n['’]t)\s+(?:\w+\s+){0,2}?)|(?<![\w-]))"
                     rf"(?:(?P<lo>{_LOWER})|(?P<hi>{_UPPER}))\s+(?:[A-Z]{{0,3}}\$|[€£¥]|RMB\s*|NOK\s*)?$", re.I)
# The words after a figure, a word or two of what it counts between ("100 employees or more", "18 years or older").
_LOWER_AFTER = r"or\s+(?:more|above|over|older)|and\s+(?:above|over|older)"
_UPPER_AFTER = r"or\s+(?:less|fewer|below|under|younger)|and\s+(?:below|under|younger)"
_AFTER = re.compile(rf"(?:\+|-?plus\b|\s*(?:[^\W\d_]+\s+){{0,2}}?(?:(?P<lo>{_LOWER_AFTER})|(?P<hi>{_UPPER_AFTER}))\b)",
                    re.I)
# Any bound's words, looked for before anything is read.
_CUE = re.compile(rf"\b(?:{_LOWER}|{_UPPER}|{_LOWER_AFTER}|{_UPPER_AFTER})\b|\d\s*\+|plus\b", re.I)
# A bound's word right before another's.
_STACKED = re.compile(rf"(?<![\w-])(?:{_LOWER}|{_UPPER})\s+$", re.I)
_REACH = 40  # characters before a figure in which its bound may stand


def flipped(a: tuple[Quantity, ...], b: tuple[Quantity, ...], original: str,
            translation: str) -> list[tuple[Quantity, str, Quantity, str]]:
    """Each figure that both texts say once, bounded one way in the original and the other way in the
    translation: (the original's figure, as bounded there, the translation's, as bounded there)."""
    if not (_CUE.search(original) and _CUE.search(translation)):
        return []  # most pairs: a flip needs a bound on each side
    ours, theirs = said_once(a), said_once(b)
    out = []
    for key in ours.keys() & theirs.keys():
        x, y = _bound(ours[key], original), _bound(theirs[key], translation)
        if x and y and x[0] != y[0] and not _swapped(x[1], y[1], original, translation):
            out.append((ours[key], x[1], theirs[key], y[1]))
    return sorted(out, key=lambda found: found[0].span)


def _bound(q: Quantity, text: str) -> tuple[str, str] | None:
    """("lower" or "upper", the figure with its bound as the text says them: "over $5 million", "18 or
    older") where the text bounds the figure; None where not."""
    start, end = q.span
    before = max(0, start - _REACH)
    m = _BEFORE.search(text[before:start])
    if m:
        if m.group("not"):
            return None  # negation.py's, which reads "no more than 5%" / "up to 5%" as one bound
        if _STACKED.search(text, before, before + m.start()):
            return None  # "almost more than 8,000 yuan" (差不多八千多): which way, no one can say
        return ("lower" if m.group("lo") else "upper"), text[before + m.start():end]
    after = _AFTER.match(text, end)
    if after:
        return ("upper" if after.group("hi") else "lower"), text[start:after.end()]
    return None


def _swapped(x: str, y: str, original: str, translation: str) -> bool:
    """Whether a word of each bound is the other's antonym, and the texts swap those words (antonyms.swaps):
    a flip that negation.py reads already. Where the other text says the word elsewhere, the swap cancels
    out there ("more than 20,000 ... over 3,500" / "fewer than 20,000 ... more than 3,500"), and the bound
    is this comparator's."""
    words = [re.findall(r"[a-z]+", s.lower()) for s in (x, y)]
    if not any(o in lemmas(v) for w in words[0] for u in lemmas(w) for o in opposites(u) for v in words[1]):
        return False
    return any(a in words[0] and b in words[1] for a, b in swaps(original, translation))
