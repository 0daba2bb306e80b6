"""Currencies: "5,150 kroner" / "5,150 euros" is the same number of another money.

The number comparator reads an amount by its value alone. This one reads the money that an amount
is named in, where both sides name one. A symbol or word that several currencies share ("$", "kr",
"¥", "dollars") stands for any of them, so only monies that cannot be the same are a change:
"$110 million" / "110 million Singapore dollars" is none, "$110 million" / "€110 million" is one.

The ways of naming a money are CLDR's (monies.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..types import Change, Span
from .monies import monies, of
from .numbers import extract
from .pair import Pair

# Codes that news writes on their own ("the NOK weakened"), which names.extract reads as no name.
CODES = frozenset({"USD", "EUR", "GBP", "NOK", "SEK", "DKK", "ISK", "CNY", "RMB", "JPY", "SGD", "HKD", "AUD", "CAD",
                   "CHF"})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """What names a money right before an amount ("US$", "€", "NOK ", "RM" written on the figure), and
    right after it ("yuan", "Singapore dollars", "KRW"): a code in capitals only ("all 5 members" names
    no lek)."""
    names = monies()
    codes = sorted(n for n in names if n.isupper())
    signs = sorted((n for n in names if not n.isupper() and not n[-1].isalpha()), key=len, reverse=True)
    words = sorted((n for n in names if not n.isupper() and n[-1].isalpha()), key=len, reverse=True)
    code = rf"\b(?-i:{'|'.join(codes)})"
    word = "|".join(map(re.escape, words))
    # A word right before the figure is written on it ("RM5 million"), which numbers.extract reads beside
    # a scale alone.
    before = re.compile(rf"(?:{'|'.join(map(re.escape, signs))}|{code}\s?|\b(?:{word}))$", re.I)
    after = re.compile(rf"^\s*((?:{word}|{code})\b)", re.I)
    return before, after


# A round number said as a plural names its money after "of": "thousands of dollars", "tens of
# thousands of yuan".
_PLURAL = re.compile(r"(?:hundred|thousand|million|billion|trillion)s$", re.I)
_OF = re.compile(r"\s+of(?=\s)", re.I)


class Amount(NamedTuple):
    value: float
    monies: frozenset[str]  # the currencies that the amount's money may be; empty: none named
    text: str  # the amount with its money, as written
    span: Span


@lru_cache(maxsize=4096)
def amounts(text: str) -> tuple[Amount, ...]:
    """The text's amounts, each with the money named right before or after it. Remembered, as
    numbers.extract is: this comparator and names.extract each read a sentence's amounts."""
    out = []
    before_money, after_money = _patterns()
    for q in extract(text):
        (start, end), named = q.span, ""
        if before := before_money.search(text, 0, start):
            start, named = before.start(), before.group(0)
        else:
            at = end
            if _PLURAL.search(text, start, end) and (of_money := _OF.match(text, end)):
                at = of_money.end()
            if after := after_money.match(text[at:]):
                end, named = at + after.end(), after.group(1)
        out.append(Amount(q.value, of(" ".join(named.split())), text[start:end], (start, end)))
    return tuple(out)


def diff(original: str, translation: str) -> list[Change]:
    """Amounts of one value that both sides name in monies that cannot be the same. Where either
    side names no money, or the value itself changed, the number comparator judges."""
    theirs = amounts(translation)
    out = []
    for a in amounts(original):
        same = [b for b in theirs if b.value == a.value]
        if a.monies and same and all(b.monies and not b.monies & a.monies for b in same):
            out.append(Change("number", a.text, same[0].text, before_spans=(a.span,), after_spans=(same[0].span,)))
    return out


def compare(pair: Pair) -> list[Change]:
    return diff(pair.original, pair.english)
