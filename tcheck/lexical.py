"""Cheap word-overlap measures that back up embeddings where they saturate. Pure."""
from __future__ import annotations

import re
from functools import lru_cache

STOPWORDS = frozenset(
    "a an the and or but of to in on at for by with from as is are was were be been being it its this that these "
    "those we i you he she they them us our my your his her their not no there here has have had do does did will "
    "would shall should can could may might must about into over after before than then so such also very more "
    "most which who whom whose what when where while said says every all each any some both".split()
)


def words(text: str) -> list[str]:
    """The text's words, lowercased, in order: runs of letters and digits."""
    return re.findall(r"[^\W_]+", text.lower())


def stems(text: str) -> set[str]:
    """Content words cut to five letters, so that inflection and derivation mostly meet."""
    return {_stem(w) for w in words(text) if w not in STOPWORDS}


@lru_cache(maxsize=65536)  # every word of every text of a check, most of them many times over
def _stem(word: str) -> str:
    if len(word) > 4:
        word = re.sub(r"(ing|ed|ly|(?<!s)s)$", "", word)
    return word[:5]


def coverage(part: str, whole: str) -> float:
    """Share of `part`'s content words found in `whole`."""
    p = stems(part)
    return len(p & stems(whole)) / len(p) if p else 0.0
