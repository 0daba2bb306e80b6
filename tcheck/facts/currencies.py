"""Currencies: "5,150 kroner" / "5,150 euros" is the same number of another money.

The number comparator reads an amount by its value alone. This one reads the money that an amount
is named in, where both sides name one. A symbol or word that several currencies share ("$", "kr",
"¥", "dollars") stands for any of them, so only monies that cannot be the same are a change:
"$110 million" / "110 million Singapore dollars" is none, "$110 million" / "€110 million" is one.

The ways of naming a money are CLDR's (Babel), not typed here: each currency that some territory
uses today, by its ISO code, its symbols in English and in the territory's own locale ("kr" for
Norway's krone, "NT$" and "$" for Taiwan's dollar), and its English names, singular and plural, with
every shorter tail of them ("New Taiwan dollars", "Taiwan dollars", "dollars"). A symbol's sign
without its letters ("NT$": "$") stands for every money whose symbol ends in it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..types import Change, Span
from .numbers import extract
from .pair import Pair

# Codes that news writes on their own ("the NOK weakened"), which names.extract reads as no name.
CODES = ("USD", "EUR", "GBP", "NOK", "SEK", "DKK", "ISK", "CNY", "RMB", "JPY", "SGD", "HKD", "AUD", "CAD", "CHF")
# What news calls a money and CLDR does not: China's own names for its money ("RMB" a code), Britain's,
# and the signs of Singapore's and Canada's dollars (CLDR gives "C$" to Nicaragua's córdoba alone).
_ALIASES = {"RMB": "CNY", "renminbi": "CNY", "sterling": "GBP", "pounds sterling": "GBP", "s$": "SGD", "c$": "CAD"}
_LETTERS = re.compile(r"^[^\W\d_]+")


@lru_cache(maxsize=1)
def monies() -> dict[str, frozenset[str]]:
    """Each way of naming a money, in lower case with single spaces (a code in capitals), and the
    currencies it may stand for. Kept in the user's cache (tcheck/cache.py)."""
    import babel

    from ..cache import table

    return table("monies", [Path(__file__), Path(babel.__file__)], _build)


def _build() -> dict[str, frozenset[str]]:
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

    english = Locale("en")
    out: dict[str, set[str]] = defaultdict(set)
    for territory in english.territories:
        if not (len(territory) == 2 and territory.isalpha()):
            continue
        try:
            local = Locale.parse(f"und_{territory}")
        except (UnknownLocaleError, ValueError):
            local = english
        for code in get_territory_currencies(territory, tender=True):
            out[code].add(code)
            for symbol in {get_currency_symbol(code, english), get_currency_symbol(code, local)}:
                symbol = symbol.lower().rstrip(".")
                if symbol != code.lower():
                    out[symbol].add(code)
                    if (sign := _LETTERS.sub("", symbol)) and sign != symbol:
                        out[sign].add(code)
            for count in (1, 2):
                words = get_currency_name(code, count=count, locale=english).lower().split()
                for k in range(len(words)):
                    out[" ".join(words[k:])].add(code)
    for alias, code in _ALIASES.items():
        out[alias].add(code)
    return {name: frozenset(codes) for name, codes in out.items()}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """What names a money right before an amount ("US$", "€", "NOK "), and right after it ("yuan",
    "Singapore dollars", "KRW"): a code in capitals only ("all 5 members" names no lek)."""
    names = monies()
    codes = sorted(n for n in names if n.isupper())
    signs = sorted((n for n in names if not n.isupper() and not n[-1].isalpha()), key=len, reverse=True)
    words = sorted((n for n in names if not n.isupper() and n[-1].isalpha()), key=len, reverse=True)
    code = rf"\b(?-i:{'|'.join(codes)})"
    before = re.compile(rf"(?:{'|'.join(map(re.escape, signs))}|{code}\s?)$", re.I)
    after = re.compile(rf"^\s*((?:{'|'.join(map(re.escape, words))}|{code})\b)", re.I)
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
    for q in extract(text):
        (start, end), named = q.span, ""
        before_money, after_money = _patterns()
        if before := before_money.search(text, 0, start):
            start, named = before.start(), before.group(0)
        else:
            at = end
            if _PLURAL.search(text, start, end) and (of := _OF.match(text, end)):
                at = of.end()
            if after := after_money.match(text[at:]):
                end, named = at + after.end(), after.group(1)
        named = " ".join(named.split())
        found = monies().get(named if named.isalpha() and named.isupper() else named.lower(), frozenset())
        out.append(Amount(q.value, found, text[start:end], (start, end)))
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
