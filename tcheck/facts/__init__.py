"""Fact comparators over English text, pure and independent.

Every module implements one interface, `compare(pair: Pair) -> list[Change]`: the facts of one kind
that differ between the two sides of an aligned pair, each with the spans where its words stand
in `pair.original` and in `pair.english` (found by the comparator's own grammar as it reads them,
never looked up again from the words it reports). A new kind of fact is one new module added to
`COMPARATORS`. Each module's `diff(original, translation, ...)` is the same judgement with its own
arguments spelled out.
"""
from .pair import Pair
from . import dates, hedges, names, negation, numbers, quotes

COMPARATORS = (numbers, dates, names, negation, hedges, quotes)

__all__ = ["COMPARATORS", "Pair", "dates", "hedges", "names", "negation", "numbers", "quotes"]
