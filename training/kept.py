"""Edits that change the words and keep the meaning, planted as faithful minimal pairs.

Every minimal pair that synthetic.py plants is a change, so a verifier trained on them alone learns
that two texts which differ in a word or two differ in meaning, and reads a translator's rewording
("roughly 30" / "about 30", "on March 3" / "on 3 March", "substantial" / "considerable") as a change.
These edits are the other half of the lesson: the same one-word difference that an antonym makes,
made by a synonym, keeps the meaning. A synonym is WordNet's (the word's commonest sense, and only
for a word of few senses, so that the sense is the one the text means); numbers and dates are
written another way; a few phrases of news English are put as their equals.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

import synthetic
from tcheck.facts import antonyms
from tcheck.facts.synonyms import senses, words
from tcheck.frequency import zipf
from tcheck.lexical import STOPWORDS

KINDS = ("synonym", "number_form", "date_form", "phrase")
# A word of more senses than this is too ambiguous for its commonest one to be the text's.
SENSES = 3
# A synonym as common as this at least (wordfreq's Zipf scale), so that it reads as news English.
COMMON = 3.5
_SMALL = "two three four five six seven eight nine ten eleven twelve".split()
_MONTHS = "|".join(synthetic.MONTHS)
_ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
# Equal phrases of news English (either way round): what two translators choose between. Those of
# BEFORE_NUMBERS only before a number ("over 30" is "more than 30"; "over the weekend" is not).
PHRASES = [("several", "a number of"), ("many", "numerous"), ("because of", "due to"), ("at the moment", "currently"),
           ("immediately", "at once"), ("said", "stated"), ("told reporters", "told journalists"),
           ("the majority of", "most of"), ("a total of", "in all"), ("announced", "made public"),
           ("so far", "to date"), ("also", "likewise")]
BEFORE_NUMBERS = [("more than", "over"), ("about", "around", "approximately", "roughly"),
                  ("at least", "no fewer than"), ("nearly", "almost")]


@dataclass(frozen=True)
class Kept:
    kind: str
    text: str
    before: str
    after: str


def keep(text: str, rng: random.Random) -> Kept | None:
    """One meaning-keeping edit of `text` (its kind drawn at random among those it offers), or None."""
    for kind in rng.sample(KINDS, len(KINDS)):
        edit = _EDITS[kind](text, rng)
        if edit is not None and edit.text != text:
            return edit
    return None


def _put(kind: str, text: str, m: re.Match, new: str) -> Kept:
    return Kept(kind, text[:m.start()] + new + text[m.end():], m.group(0), new)


def _synonym(text, rng):
    found = [(m, s) for m in re.finditer(r"\b[a-z]{4,}\b", text) if m.group(0) not in STOPWORDS
             for s in [synonyms(m.group(0))] if s]
    if not found:
        return None
    m, options = rng.choice(found)
    return _put("synonym", text, m, rng.choice(options))


@lru_cache(maxsize=None)
def synonyms(word: str) -> tuple[str, ...]:
    """The single common words whose commonest sense is the commonest sense of `word` too (each of
    SENSES senses at most, over every part of speech), less its opposites and its own derivations.
    An inflected word has none: WordNet's lemmas are base forms, and "becoming" would take the
    adjective's sense ("decent") where the text means the verb."""
    if word in _SMALL or _inflected(word):
        return ()
    sense = _commonest(word)
    if sense is None:
        return ()
    opposite = set(antonyms.opposites(word, synthetic.PLANTED_PAIRS))
    return tuple(w for w in words(sense) if "_" not in w and w != word and w not in opposite and w[:4] != word[:4]
                 and w.isalpha() and len(w) > 2 and zipf(w) >= COMMON and _commonest(w) == sense)


def _commonest(word: str) -> str | None:
    """The commonest sense ("a:01123148") of a word of SENSES senses at most."""
    found = senses(word)
    return found[0] if found and len(found) <= SENSES else None


def _inflected(word: str) -> bool:
    return any(b != word and any(x[0] in "nv" for x in senses(b)) for b in antonyms.forms(word))


def _number_form(text, rng):
    options = []
    for m in re.finditer(rf"(?<![\w.,$€£])([2-9]|1[0-2])(?![\w.,%])(?! (?:{_MONTHS}))", text):
        if not re.search(rf"(?:{_MONTHS}) $", text[:m.start()]):
            options.append((m, _SMALL[int(m.group(0)) - 2]))
    for m in re.finditer(r"\b(" + "|".join(_SMALL) + r")\b", text):
        options.append((m, str(_SMALL.index(m.group(0)) + 2)))
    for m in re.finditer(r"(\d+(?:\.\d+)?)(?:%| percent| per cent)", text):
        options.append((m, m.group(1) + rng.choice(["%", " percent", " per cent"])))
    for m in re.finditer(r"\b(\d+)\.(\d) (million|billion)\b", text):
        zeros = 5 if m.group(3) == "million" else 8
        options.append((m, f"{int(m.group(1) + m.group(2) + '0' * zeros):,}"))
    options = [(m, new) for m, new in options if new != m.group(0)]
    if not options:
        return None
    m, new = rng.choice(options)
    return _put("number_form", text, m, new)


def _date_form(text, rng):
    options = []
    for m in re.finditer(rf"\b({_MONTHS}) (\d{{1,2}})\b(?!,? \d)", text):
        day = int(m.group(2))
        options += [(m, f"{day} {m.group(1)}"), (m, f"the {day}{_ORDINAL.get(day, 'th')} of {m.group(1)}")]
    for m in re.finditer(rf"\b(\d{{1,2}}) ({_MONTHS})\b", text):
        options.append((m, f"{m.group(2)} {m.group(1)}"))
    for m in re.finditer(rf"\b({_MONTHS}) (\d{{1,2}}), (\d{{4}})\b", text):
        options.append((m, f"{m.group(2)} {m.group(1)} {m.group(3)}"))
    if not options:
        return None
    m, new = rng.choice(options)
    return _put("date_form", text, m, new)


def _phrase(text, rng):
    number = r"(?= (?:\d|" + "|".join(_SMALL) + "))"
    options = [(m, other) for groups, after in ((PHRASES, ""), (BEFORE_NUMBERS, number)) for group in groups
               for phrase in group for m in re.finditer(rf"\b{re.escape(phrase)}\b{after}", text)
               for other in group if other != phrase]
    if not options:
        return None
    m, new = rng.choice(options)
    return _put("phrase", text, m, new)


_EDITS = {"synonym": _synonym, "number_form": _number_form, "date_form": _date_form, "phrase": _phrase}
