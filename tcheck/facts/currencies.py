"""Currencies: "5,150 kroner" / "5,150 euros" is the same number of another money.

The number comparator reads an amount by its value alone. This one reads the money that an amount
is named in, where both sides name one. A symbol or word that several currencies share ("$", "kr",
"¥") stands for any of them, so only monies that cannot be the same are a change: "$110 million" /
"110 million Singapore dollars" is none, "$110 million" / "€110 million" is one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..types import Change, Span
from .numbers import extract
from .pair import Pair

_DOLLARS = frozenset({"USD", "SGD", "HKD", "AUD", "CAD", "NZD", "TWD"})
_KRONER = frozenset({"NOK", "SEK", "DKK", "ISK"})
CODES = ("USD", "EUR", "GBP", "NOK", "SEK", "DKK", "ISK", "CNY", "RMB", "JPY", "SGD", "HKD", "AUD", "CAD", "CHF")
# What each way of naming a money may stand for, in lower case and with single spaces.
_MONEY: dict[str, frozenset[str]] = {
    **{code.lower(): frozenset({"CNY" if code == "RMB" else code}) for code in CODES},
    "$": _DOLLARS, "dollar": _DOLLARS, "dollars": _DOLLARS,
    "us$": frozenset({"USD"}), "us dollar": frozenset({"USD"}), "us dollars": frozenset({"USD"}),
    "s$": frozenset({"SGD"}), "singapore dollar": frozenset({"SGD"}), "singapore dollars": frozenset({"SGD"}),
    "hk$": frozenset({"HKD"}), "hong kong dollar": frozenset({"HKD"}), "hong kong dollars": frozenset({"HKD"}),
    "€": frozenset({"EUR"}), "euro": frozenset({"EUR"}), "euros": frozenset({"EUR"}),
    "£": frozenset({"GBP"}), "pound": frozenset({"GBP"}), "pounds": frozenset({"GBP"}),
    "pounds sterling": frozenset({"GBP"}), "sterling": frozenset({"GBP"}),
    "kr": _KRONER, "krone": frozenset({"NOK", "DKK"}), "kroner": frozenset({"NOK", "DKK"}),
    "norwegian kroner": frozenset({"NOK"}), "danish kroner": frozenset({"DKK"}),
    "krona": frozenset({"SEK"}), "kronor": frozenset({"SEK"}), "swedish kronor": frozenset({"SEK"}),
    "yuan": frozenset({"CNY"}), "renminbi": frozenset({"CNY"}), "chinese yuan": frozenset({"CNY"}),
    "¥": frozenset({"CNY", "JPY"}), "yen": frozenset({"JPY"}), "japanese yen": frozenset({"JPY"}),
    "franc": frozenset({"CHF"}), "francs": frozenset({"CHF"}), "swiss francs": frozenset({"CHF"}),
}
_CODE = "|".join(CODES)
# Right before an amount ("US$", "€", "NOK "), and right after it ("yuan", "Singapore dollars").
_BEFORE = re.compile(rf"(?:(?:US|S|HK)?\$|€|£|¥|\b(?:{_CODE})\s?)$", re.I)
_AFTER = re.compile(
    rf"^\s*((?:(?:US|Singapore|Hong Kong|Norwegian|Danish|Swedish|Chinese|Japanese|Swiss)\s+)?"
    rf"(?:dollars?|euros?|pounds?(?: sterling)?|sterling|kroner|krone|kronor|krona|kr|yuan|renminbi|yen|"
    rf"francs?|{_CODE})\b)", re.I)


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
    for q in extract(text):
        (start, end), named = q.span, ""
        if before := _BEFORE.search(text, 0, start):
            start, named = before.start(), before.group(0)
        else:
            at = end
            if _PLURAL.search(text, start, end) and (of := _OF.match(text, end)):
                at = of.end()
            if after := _AFTER.match(text[at:]):
                end, named = at + after.end(), after.group(1)
        monies = _MONEY.get(" ".join(named.lower().split()), frozenset())
        out.append(Amount(q.value, monies, text[start:end], (start, end)))
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
