"""Fact comparators over English text, pure and independent.

Every module implements one interface, `compare(pair: Pair) -> list[Change]`: the facts of one kind
that differ between the two sides of an aligned pair, each with the spans where its words stand
in `pair.original` and in `pair.english` (found by the comparator's own grammar as it reads them,
never looked up again from the words it reports). A new kind of fact is one new module added to
`COMPARATORS`. Each module's `diff(original, translation, ...)` is the same judgement with its own
arguments spelled out. Where the foreign text can testify (`pair.source`), a comparator may also say
that the MT, not the translation, got its fact wrong (`misrendered`).
"""
from .pair import Pair
from . import currencies, dates, hedges, names, negation, numbers, quotes

COMPARATORS = (numbers, currencies, dates, names, negation, hedges, quotes)


def misrendered(pair: Pair) -> bool:
    """Whether the foreign text shows the MT's English wrong about an exact fact that it says as the
    original does (a number, a negation): that English is then no evidence of what the translation says."""
    return numbers.misrendered(pair) or negation.misrendered(pair)


__all__ = ["COMPARATORS", "Pair", "currencies", "dates", "hedges", "misrendered", "names", "negation", "numbers",
           "quotes"]
