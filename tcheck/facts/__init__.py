"""Fact comparators. Each module has `diff(original, translation) -> list[Change]` over English text.

They are pure and independent, so a new kind of fact is one new module added to `COMPARATORS`.
"""
from . import dates, hedges, names, negation, numbers, quotes

COMPARATORS = (numbers, dates, names, negation, hedges, quotes)

__all__ = ["COMPARATORS", "dates", "hedges", "names", "negation", "numbers", "quotes"]
