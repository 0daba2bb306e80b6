"""Hedges and attribution: "allegedly", "reportedly", "according to", "is said to", Norwegian "skal ha".

Losing a hedge turns an allegation into a fact; adding one weakens a fact.
"""
from __future__ import annotations

import re

from ..lexical import stems
from ..types import Change
from .pair import Pair

_HEDGE = re.compile(
    r"\b(alleged(?:ly)?|reportedly|supposedly|purportedly|apparently|ostensibly|presumably|"
    r"according to(?! (?:the |a |its |their )?(?:plans?|schedule|timetable|rules|law|budget|agreement|contract|proposal|forecast))|(?:is|are|was|were)\s+(?:said|believed|thought|understood|alleged|reported|claimed|suspected|rumou?red)\s+to|"
    r"said to (?:be|have)|(?:is|are|was|were) to have|shall have (?:been|had|\w+ed)\b|(?:seems?|appears?) to|"
    r"accused of|(?:may|might|could) have|probabl[ey]|possibl[ey]|likely|perhaps|trolig|sannsynligvis|kanskje|muligens|"
    r"claim(?:s|ed)?|suspected|(?<!\bthe )(?<!\ba )suspect|unconfirmed|rumou?r(?:s|ed)?|it is (?:said|claimed|alleged|believed|thought)|"
    r"(?:(?:unnamed|anonymous|several|two|three|some)\s+)?sources?\s+(?:say|says|said|claim|claimed|told|tell)|"
    r"on suspicion of|suggest(?:s|ed|ing)?|believes?|(?-i:may|might|could)(?!\s+(?:not|have)\b)|(?:say|said)\s+(?:unnamed\s+)?sources|"
    r"skal(?: \w+)? ha|angivelig|ifølge|visstnok|etter sigende|hevdes|påstås|"
    r"presuntamente|supuestamente|según)\b",
    re.I,
)
# Saying who says it is attribution too, and a translator may swap "according to X" for "X says".
_ATTRIBUTION = re.compile(
    r"\b(sa(?:y|ys|id)|means? that|mener|thinks?|believes?|writes?|wrote|told|stated|report(?:s|ed)?|informed|announced|estimates?|estimated|show(?:s|ed|n)?|finds|found|skriver|sier|opplyser|melder|dice|afirma)\b",
    re.I,
)


# "X reported Y" says who says it, like "according to X"; MT may render it "X informed Y".
_MODAL = re.compile(r"probabl|possibl|likely|perhaps|may|might|could|seems?|appears?|apparently|presumably|suggest|"
                    r"trolig|sannsynligvis|kanskje|muligens", re.I)
_ATTRIBUTIVE = re.compile(r"according to|ifølge|según|it is (?:said|claimed)|reported(?:ly)?|believes?|(?:\w+ )?sources? \w+", re.I)


def hedges(text: str) -> list[str]:
    return [m.group(0).lower() for m in _HEDGE.finditer(text)]


_SOURCE = re.compile(r"\b(?:according to|ifølge|según)\b(?P<source>[^,.;:]*)", re.I)


def sources(text: str) -> list[str]:
    """"according to two people familiar with the deal": attributions with the source they name."""
    return [m.group(0) for m in _SOURCE.finditer(text)]


def _moved(found: list[str], text: str, other: str) -> bool:
    """Whether the attribution `found` in `text` stands in `other` in another form: a reporting verb
    ("according to police" / "police said"), or every "according to X" naming a source (X's content
    words, all of them) that `other` names too ("according to US media analysis" / "US media
    analysis, ..."). A hearsay hedge ("allegedly") is never moved, whoever is quoted."""
    if not all(_ATTRIBUTIVE.fullmatch(h) for h in found):
        return False
    named = [stems(m["source"]) for m in _SOURCE.finditer(text)]
    return bool(_ATTRIBUTION.search(other)) or bool(named) and all(n and n <= stems(other) for n in named)


# A piece that is only a source and its verb: "the fire service believes", "sources tell NRK".
_SAYER = re.compile(r"^\W*[\w'’ -]{0,40}?\b(?:believes?|say|says|said|thinks?|suggest(?:s|ed)?|tells?|told)\b(?:\s+\w+)?\W*$",
                    re.I)


def without(text: str) -> str:
    """The text with its hedges cut out, and with whatever follows "according to" (its source)."""
    return "" if _SAYER.match(text) else _HEDGE.sub(" ", _SOURCE.sub(" ", text))


def diff(original: str, translation: str) -> list[Change]:
    """A hedge of either kind lost or gained. Uncertainty ("probably") and hearsay ("allegedly",
    "according to police") are compared apart: "health officials said it was probably X" /
    "according to health officials, it was X" lost the uncertainty and kept the source."""
    a, b = hedges(original), hedges(translation)
    out = []
    for modal in (True, False):
        ha = [h for h in a if bool(_MODAL.match(h)) == modal]
        hb = [h for h in b if bool(_MODAL.match(h)) == modal]
        # "could" is as often ability ("they could pay") as doubt: it may stand for a hedge
        # on the other side, but is none by itself.
        if bool(ha) == bool(hb) or {"could"} in ({*ha}, {*hb}):
            continue
        if (ha and _moved(ha, original, translation)) or (hb and _moved(hb, translation, original)):
            continue
        out.append(Change("hedge", ", ".join(ha) or "stated as fact", ", ".join(hb) or "stated as fact"))
    return out[:1] if len(out) == 2 and out[0].after == out[1].after == "stated as fact" else out


def compare(pair: Pair) -> list[Change]:
    # A source-language hedge ("skal ha") counts even where the MT lost it.
    return diff(pair.original, f"{pair.english} {pair.source}" if pair.source else pair.english)
