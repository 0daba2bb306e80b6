"""Verbs of saying and thinking ("stressed", "analysed", "pointed out"), as WordNet 3.0 files them.

A verb whose commonest sense WordNet's lexicographers filed under communication or cognition reports
what someone says or holds where "that" follows it: "experts have analysed that growth is weak" is
attribution as much as "experts believe growth is weak". So does a verb with any such sense where a
clause follows that "that" ("experts hold that the policy works", "maintain that it works": Chinese
news' 认为), but not where "that" points ("hold that position", "maintain that level"). Read from
Debian's wordnet-base, as antonyms.py reads it, and kept in the user's cache (tcheck/cache.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .antonyms import forms
from .wordnet import WORDNET, offsets, records

_COGNITION, _COMMUNICATION = "31", "32"  # lexicographer files verb.cognition and verb.communication
# A verb (and its particle) before "that": "said that", "pointed out that"; and whether a clause follows,
# opened by a determiner, a pronoun, a name or a figure ("that the", "that it", "that China", "that 5").
_BEFORE_THAT = re.compile(r"\b([a-z]+)(?:\s+(?:out|up))?\s+that\b(?P<clause>\s+(?:(?:the|an?|it|its|they|their|he|his|"
                          r"she|her|we|our|you|i|there|this|these|those|such|some|all|no|none|each|every)\b|"
                          r"(?-i:[A-Z])|\d))?", re.I)


def saying() -> frozenset[str]:
    """The verbs (lemmas) whose commonest sense is one of communication or cognition."""
    return _tables()[0]


def thinking() -> frozenset[str]:
    """The verbs (lemmas) with any sense of communication or cognition ("hold", "maintain")."""
    return _tables()[1]


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    from ..cache import table as cached

    return cached("saying", [Path(__file__)] + [WORDNET / n for n in ("index.verb", "data.verb")], _build)


def _build() -> tuple[frozenset[str], frozenset[str]]:
    """Both tables, from one reading of WordNet's verbs: (commonest sense, any sense)."""
    filed = {parts[0]: parts[1] for parts in records("data.verb")}
    commonest, any_sense = set(), set()
    for parts in records("index.verb"):
        senses = [filed.get(o) in (_COGNITION, _COMMUNICATION) for o in offsets(parts)]
        if "_" not in parts[0] and any(senses):
            any_sense.add(parts[0])
            if senses[0]:
                commonest.add(parts[0])
    return frozenset(commonest), frozenset(any_sense)


def reporting(text: str) -> list[re.Match]:
    """The verbs of saying or thinking that a "that" follows, each as its match's first group:
    "analysed", "pointed"."""
    return [m for m in _BEFORE_THAT.finditer(text)
            if forms(m.group(1)) & (thinking() if m.group("clause") else saying())]
