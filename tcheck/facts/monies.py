"""The ways of naming a money, from CLDR (Babel), not typed here: each currency that some territory
uses today, by its ISO code, its symbols in English and in the territory's own locale ("kr" for
Norway's krone, "NT$" and "$" for Taiwan's dollar), and its English names, singular and plural, with
every shorter tail of them ("New Taiwan dollars", "Taiwan dollars", "dollars"). A symbol's sign
without its letters ("NT$": "$") stands for every money whose symbol ends in it. The currency
comparator reads the money an amount is named in; the number comparator, an amount that a money's
letters stand right before ("RM5 million").
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

# What news calls a money and CLDR does not: China's own names for its money ("RMB" a code), Britain's,
# the signs of Singapore's and Canada's dollars (CLDR gives "C$" to Nicaragua's córdoba alone), India's
# "Rs" (CLDR's is "₹") and Israel's "NIS" (new Israeli shekel; its ISO code is ILS).
_ALIASES = {"RMB": "CNY", "renminbi": "CNY", "sterling": "GBP", "pounds sterling": "GBP", "s$": "SGD", "c$": "CAD",
            "rs": "INR", "NIS": "ILS"}
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


def of(name: str) -> frozenset[str]:
    """The currencies that a way of naming a money may stand for: a code as written ("RMB", in capitals),
    anything else in lower case ("RM", "Rs", "Singapore dollars"); none where it names no money."""
    table = monies()
    return table.get(name) or table.get(name.lower(), frozenset())
