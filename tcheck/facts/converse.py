"""Converses: "the yen weakened against the dollar" / "the dollar strengthened against the yen" say one thing.

A relation and its antonym, with the two terms it relates exchanged, turn the claim round twice: "men
earn more than women" / "women earn less than men", "A sold the stake to B" / "B bought the stake from
A", "the vote came before the debate" / "the debate came after the vote". MT turns comparisons round
so where the source's word order differs from English (Chinese 比, "A is higher than B", may come out
"B is lower than A"). Read as grammar, not by a list: a term counts as exchanged where one text has it
before the antonym's word and not after, and the other after and not before; a converse needs a term
exchanged each way among the terms nearest the word in its clause, so that a clause moved to the other
end of the sentence ("after profits rose, the firm hired more" / "the firm hired fewer after profits
rose") turns nothing round.
"""
from __future__ import annotations

import re

from ..lexical import stems, words

# Words after a relation's word that frame its second term: "weakened against", "more than", "sold it to".
_FRAME = frozenset("against than from to versus compared relative".split())
# Prepositions of order, which relate the terms either side of them: "the vote came before the debate".
_ORDER = frozenset("before after above below ahead behind over under".split())
_BE = frozenset("is are was were be been being get gets got getting".split())  # before a passive's participle
# Words that place a term and are never one: the frames, "among" and "between".
_PLACING = _FRAME | {"among", "between"}
_NEAR = 3  # the terms read each side of the word
_CLAUSE = re.compile(r"[,;:()\[\]—–]|\s-\s|[.!?]\s+(?=[A-Z])")  # not "U.S. airspace"


def turned(swap: tuple[str, str], texts: tuple[str, str]) -> bool:
    """Whether an antonym swap (the original's word, the translation's) comes with its terms exchanged."""
    sides = [_around(word, text) for word, text in zip(swap, texts)]
    if sides[0] is None or sides[1] is None:
        return False
    (a_before, a_after), (b_before, b_after) = sides
    return bool((a_before - a_after) & (b_after - b_before)) and bool((a_after - a_before) & (b_before - b_after))


def _around(word: str, text: str) -> tuple[set[str], set[str]] | None:
    """The terms nearest a word's first stand in the text, up to _NEAR each side within its clause,
    where the word relates them (_relates); None where the text does not say it so. Nearest, since a
    sentence reworded around a change ("the treatment increased survival rates" / "survival rates
    decreased with the treatment") moves words far from it."""
    for clause in _CLAUSE.split(text):
        found = words(clause)
        if word in found:
            k = found.index(word)
            if not _relates(found, k):
                return None
            before, after = ([t for w in side if (t := _term(w))] for side in (found[:k], found[k + 1:]))
            return set(before[-_NEAR:]), set(after[:_NEAR])
    return None


def _relates(found: list[str], k: int) -> bool:
    """Whether the clause's word `k` relates the terms either side of it: a preposition of order ("the
    vote came before the debate"), or a word that a frame follows ("weakened against", "more than",
    "sold the stake to"). A passive turns its terms round with no converse ("the court convicted him" /
    "he was acquitted by the court"), so a participle after "was", or a "by" after the word, relates
    nothing."""
    word, following = found[k], found[k + 1:k + 1 + _NEAR]
    if "by" in following or k and found[k - 1] in _BE and word.endswith(("ed", "en")):
        return False
    return word in _ORDER or any(w in _FRAME for w in following)


def _term(word: str) -> str:
    """A word as a term of the relation, cut to its stem ("drifting", "drifted": "drift"), or "" for a
    word of grammar."""
    if word in _PLACING or word.isdigit() or len(word) < 3:
        return ""
    return next(iter(stems(word)), "")
