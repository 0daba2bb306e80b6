"""The common nouns that head a public body's name: "Tourism Board" / "Tourism Bureau".

MT renders the noun that heads a body's name (局, 委员会, 署) as "Bureau", "Board", "Commission" or
"Department" as it likes, so the two words of one body differ though its name does not. WordNet
files those nouns as kinds of administrative unit (administrative_unit.n.01): the kinds, each with
kinds or bodies under it, not the bodies themselves ("Department of Defense", "FBI"), so a ministry
put for another ("Defense" / "Agriculture") stays a change. A word whose commonest sense is no group
("office" is a room first, "authority" a power) is left out. Read from Debian's wordnet-base, as
antonyms.py reads it, and kept in the user's cache (tcheck/cache.py).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .wordnet import WORDNET, offsets, pointers, records, synset_words

_ROOT = "08077292"  # administrative_unit.n.01 in WordNet 3.0's data.noun
_GROUP = "14"  # the lexicographer file noun.group


@lru_cache(maxsize=1)
def administrative() -> frozenset[str]:
    """The nouns (lower case) that name a kind of administrative unit first of all."""
    from ..cache import table

    return table("heads", [Path(__file__)] + [WORDNET / n for n in ("index.noun", "data.noun")], _build)


def _build() -> frozenset[str]:
    entries = {parts[0]: parts for parts in records("data.noun")}
    under: dict[str, list[str]] = {}
    for offset, parts in entries.items():
        for symbol, target, _, _ in pointers(parts):
            if symbol == "@":  # a kind's hypernym ("@i", an instance's, marks a body)
                under.setdefault(target, []).append(offset)
    kinds, stack = set(), [_ROOT]
    while stack:
        offset = stack.pop()
        if offset in under:
            kinds.add(offset)
            stack += under[offset]
    first = {parts[0]: offsets(parts)[0] for parts in records("index.noun")}
    words = {w.lower() for offset in kinds for w in synset_words(entries[offset]) if "_" not in w}
    return frozenset(w for w in words if w in first and entries[first[w]][1] == _GROUP)
