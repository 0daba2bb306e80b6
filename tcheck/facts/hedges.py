"""Hedges and attribution: "allegedly", "reportedly", "according to", "is said to", Norwegian "skal ha".

Losing a hedge turns an allegation into a fact; adding one weakens a fact.
"""
from __future__ import annotations

import re

from ..types import Change

_HEDGE = re.compile(
    r"\b(alleged(?:ly)?|reported(?:ly)?|supposedly|purportedly|apparently|ostensibly|presumably|"
    r"according to(?! (?:the |a |its |their )?(?:plans?|schedule|timetable|rules|law|budget|agreement|contract|proposal|forecast))|(?:is|are|was|were)\s+(?:said|believed|thought|understood|alleged|reported|claimed|suspected|rumou?red)\s+to|"
    r"said to (?:be|have)|(?:is|are|was|were) to have|shall have (?:been|had|\w+ed)\b|(?:seems?|appears?) to|"
    r"accused of|(?:may|might|could) have|probabl[ey]|possibl[ey]|likely|perhaps|"
    r"claim(?:s|ed)?|suspect(?:ed)?|unconfirmed|rumou?r(?:s|ed)?|it is (?:said|claimed|alleged|believed|thought)|"
    r"skal(?: \w+)? ha|angivelig|ifølge|visstnok|etter sigende|hevdes|påstås|"
    r"presuntamente|supuestamente|según)\b",
    re.I,
)
# Saying who says it is attribution too, and a translator may swap "according to X" for "X says".
_ATTRIBUTION = re.compile(
    r"\b(sa(?:ys|id)?|writes?|wrote|told|stated|reports?|informed|announced|estimates?|estimated|show(?:s|ed|n)?|skriver|sier|opplyser|melder|dice|afirma)\b",
    re.I,
)


# "X reported Y" says who says it, like "according to X"; MT may render it "X informed Y".
_ATTRIBUTIVE = re.compile(r"according to|ifølge|según|it is (?:said|claimed)|reported", re.I)


def hedges(text: str) -> list[str]:
    return [m.group(0).lower() for m in _HEDGE.finditer(text)]


def diff(original: str, translation: str) -> list[Change]:
    a, b = hedges(original), hedges(translation)
    if bool(a) == bool(b):
        return []
    # Attribution swapped for a reporting verb ("according to police" / "police said") is kept;
    # an epistemic hedge ("allegedly") is not, whoever is quoted.
    if a and not b and _ATTRIBUTION.search(translation) and all(_ATTRIBUTIVE.fullmatch(h) for h in a):
        return []
    if b and not a and _ATTRIBUTION.search(original) and all(_ATTRIBUTIVE.fullmatch(h) for h in b):
        return []
    return [Change("hedge", ", ".join(a) or "stated as fact", ", ".join(b) or "stated as fact")]
