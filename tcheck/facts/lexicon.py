"""WordNet's words by case: nouns known only capitalised ("Liverpool"), and words known in lower case.

Read by names (whether a capitalised word is a name) and by aliases (which cities' names are also
common words); title_case says where a capital marks no name at all. Kept in the user's cache as marisa
tries (tcheck/cache.py).
"""
from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from pathlib import Path

from .wordnet import WORDNET, records, synset_words


@lru_cache(maxsize=1)
def words() -> tuple[Container[str], Container[str]]:
    """WordNet's words as (nouns known only capitalised, words known in lower case: nouns, verbs,
    adjectives, adverbs): "Liverpool" is a name even where it opens a sentence and is common in news;
    "China" and "Bill" may not be, and "Formulate" or "Hackers" opening an instruction or a sentence
    are none. Kept in the user's cache (tcheck/cache.py): parsing takes half a second. Each is a
    marisa trie, not a set: its 147,000 words take 0.6 MB and load in a millisecond, where a set's
    took 14 MB and 45 ms of every cold check."""
    from ..cache import table

    return table("words", word_sources(), _read_words)


def word_sources() -> list[Path]:
    """What `words` is built from: a table built from it is rebuilt when any changes."""
    return [Path(__file__), *(WORDNET / f"data.{pos}" for pos in _POS)]


_POS = ("noun", "verb", "adj", "adv")


def _read_words() -> tuple[Container[str], Container[str]]:
    import marisa_trie

    proper, common = set(), set()
    for pos in _POS:
        for parts in records(f"data.{pos}"):
            for w in synset_words(parts):
                if w[0].isupper() and pos != "noun":
                    continue  # "Turkish", "Norwegian": an adjective WordNet writes capitalised
                (proper if w[0].isupper() else common).add(w.lower())
    return marisa_trie.Trie(sorted(proper - common)), marisa_trie.Trie(sorted(common))


@lru_cache(maxsize=4096)
def title_case(text: str) -> bool:
    """A heading in title case ("Storm Hits Bergen Harbour"): where no full stop ends it and nearly
    every word of four letters or more is capitalised, a capital marks no name, so each word is read
    as if it opened a sentence (Storm, Hits and Harbour are words WordNet knows in lower case; Bergen
    is not)."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return (not text.rstrip().endswith(".") and len(words) >= 4
            and sum(w[0].isupper() for w in words) >= 0.85 * len(words))
