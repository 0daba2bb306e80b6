"""Privatives: words that say what a negative cue of the other text says, but never flip a claim alone.

"Without" for "not" ("no genetic diseases" / "free of genetic diseases"), "the first time" for "never
before", a word negated by its prefix for a particle ("not yet approved" / "unapproved"). Each stands in
for a cue that the other text has more of (stand_ins). Against the very word it negates, a prefix is an
opposite of its own ("resident" / "non-resident", undone), and so is a state against its lack ("in
stock" / "out of stock", states). Read by negation.py. Pure.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..frequency import FLOOR, zipf
from . import cues, synonyms
from .antonyms import forms, opposites, prefixed
from .cues import Found


# "Without", "free of" and "zero" negate a noun, not a clause, "anti-" a noun's thing, "far from" a word of
# degree ("far from enough", or a distance: "far from the city"), "yet to" what is to come ("has yet to
# respond" / "has not responded yet", "the best is yet to come" / "still to come"), and "the first time",
# "unprecedented", "a record high" and "an all-time low" say "never before" ("the highest ever"); "hardly"
# says "almost no", "stop" or "cease" before a verb "no longer" ("will no longer sell" / "will stop selling"
# / "will stop the sale"), "voted against" a refusal ("rejected by voters"), "cancelled", "called off" and
# "postponed" what will not happen ("the match was called off" / "will not be played"), "out of danger",
# "out of work", "out of stock" a state no longer or not so ("not in danger"), a clean sheet a goal not
# conceded ("kept a clean sheet" / "did not concede a goal"), anonymity a name not given ("asked not to be
# named" / "asked to remain anonymous"), a suspect "at large" one not caught ("remains at large" / "has not
# been caught"; never "the public at large"), "empty" a place with no one or nothing in it ("the house was
# empty" / "nobody was in the house", "returned empty-handed" / "got nothing"), "kept silent" what was not
# said ("did not say a word"), "at a loss" what is not known ("did not know what to say" / "was at a loss
# for words"), "too dark to see" what could not be ("so dark that nothing could be seen"), and "instead of"
# or "rather than" what did not ("rose instead of falling" / "did not fall but rose"). They say what a cue
# of the other text says ("no genetic diseases" / "free of genetic diseases", "China had never hosted it
# before" / "the first time China hosted it", "Tips to prevent fraud" / "Anti-scam tips"), but never make a
# flip of their own: "The storm cut power to 200,000 homes" / "left 200,000 homes without power".
_AT_LARGE = "|".join(f"(?<={w} at large)" for w in "is are was were been still remain remains remained".split())
_PRIVATIVE = re.compile(
    r"\b(?:without|free (?:of|from)|first time|unprecedented|record(?=[\s-]+(?:highs?|lows?|levels?))|all-time|"
    r"anti-(?=\w)|zero|far from|yet to(?= \w)|hardly|scarcely|stop(?:s|ping)?(?= \w+ing\b)|ceas(?:e|es|ed|ing)|"
    r"vot\w* against|cancel+(?:s|ed|ing|ation)?|call\w* off|postpon\w*|instead of|rather than|"
    r"out of (?:danger|work|stock|service|order|action|reach)|clean sheets?|anonym(?:ous|ously|ity)|"
    rf"at large(?:{_AT_LARGE})|empty|(?:kept|keeps?|keeping|remain(?:s|ed)?|stay(?:s|ed)?|fell|falls?) silent|"
    r"at a loss|too \w+ to(?= \w))\b",
    re.I)


def stand_ins(found: Found, texts: tuple[str, str], used: set[str]) -> Found:
    """The cues of both texts, the side with fewer given its privatives that the other lacks, as many as
    the other side has cues more."""
    gap = len(found[0]) - len(found[1])
    if gap == 0:
        return found
    own = [sorted([m for m in _PRIVATIVE.finditer(t) if m.group(0).split()[0].lower() not in used
                   and m.group(0).lower() not in used
                   and not cues.in_name(t, m.start())] + list(cues.IDIOMS.finditer(t)) + _affixal(t, used),
                  key=re.Match.start) for t in texts]
    fewer = int(gap > 0)
    extra = own[fewer][:max(0, min(abs(gap), len(own[fewer]) - len(own[1 - fewer])))]
    return cues.with_side(found, fewer, sorted(found[fewer] + extra, key=re.Match.start))


def _affixal(text: str, used: set[str]) -> list[re.Match]:
    """Words negated by a prefix, which a translator says with a particle as often: "not yet approved" /
    "unapproved", "not conducive" / "unfavourable", "denied" / "untrue", and their adverbs ("illegally").
    Privatives: a swap with the word they negate is a flip of its own (antonyms.swaps), and those that are
    cues ("unable") count as cues alone."""
    return [m for m in _PREFIXED.finditer(text) if (w := m.group(0).lower()) not in used and not cues.CUES.fullmatch(w)
            and not cues.in_name(text, m.start()) and (_negated(w) or w.endswith("ly") and _negated(w[:-2]))]


# A word, or one that "non-" negates with a hyphen ("non-contagious", which WordNet writes "noncontagious").
_PREFIXED = re.compile(r"(?:non-)?[a-z]+", re.I)


@lru_cache(maxsize=8192)
def _negated(word: str) -> bool:
    """Whether a prefix negates the word: WordNet's antonyms pair it with what follows the prefix
    ("untrue", "undisclosed"), or it is "un" before a verb's participle where "un" and the verb make no
    verb ("unapproved"; not "unveiled" or "uncovered", which undo an act that took place). "Non-" with a
    hyphen before a word that WordNet does not hold with it negates that word ("non-attending users" /
    "users who don't come"); one that it holds is read as it files it ("non-profit" names a kind of body
    and negates no profit)."""
    if word.startswith("non-") and not synonyms.parts("non" + word[4:]):
        return zipf(word[4:]) >= FLOOR
    split = prefixed(word)
    if not split or any(synonyms.is_verb(f) for f in forms(word)):
        return False
    prefix, stem = split
    # A rare stem hides more than one negation: "inevitable" says "cannot be avoided".
    if zipf(stem) < FLOOR:
        return False
    # Inflected, the pair is WordNet's all the same: "non-residents" negates "residents".
    return bool(forms(stem) & {x for f in forms(word.replace("-", "")) for x in opposites(f)}) \
        or prefix == "un" and _participle(stem)


_UN = re.compile(r"(?<![a-z])(?:un|non-)", re.I)  # where a word of _PREFIXED may start with a prefix read here


def undone(texts: tuple[str, str], used: set[str]) -> list[tuple[str, str]]:
    """Words that one text says and the other negates with "un", where antonyms.swaps took no swap of
    them (WordNet knows no such adjective, as "unapproved", or pairs it with another word, as "unseen"
    with "detected"): "the drug was approved" / "the drug was unapproved", or a participle whose verb the
    first says in another form ("to interrupt the broadcast" / "left it uninterrupted"); and any word
    that one says and the other negates with "non-" ("resident" / "non-resident"), which antonyms.swaps,
    reading words of letters, never sees."""
    if not any(_UN.search(t) for t in texts):
        return []  # most pairs: no word is counted
    counts = [Counter(w.lower() for w in _PREFIXED.findall(t)) for t in texts]
    out = []
    for k in (0, 1):
        for word, n in counts[k].items():
            hyphened = word.startswith("non-")
            stem = word[4:] if hyphened else word[2:]
            if not (hyphened or word.startswith("un")) or word in used or stem in used or not _negated(word) \
                    or n <= counts[1 - k][word]:
                continue
            if counts[1 - k][stem] > counts[k][stem]:  # a swap that antonyms.swaps found is `used`
                out.append((stem, word) if k else (word, stem))
                continue
            # A participle negated against its verb said another way, which antonyms.swaps, reading lemmas
            # that its table holds, misses: "hackers uninterrupted the broadcast" / "hacked to interrupt
            # the broadcast".
            said = _verb_said(stem, counts[1 - k])
            if said and counts[1 - k][said] > counts[k][said]:
                out.append((said, word) if k else (word, said))
    return out


def _verbs(word: str) -> set[str]:
    """The verbs that the word is a form of, less the word itself: those of a participle, regular or not
    ("approved": "approve", "sent": "send"); none for a verb as it stands."""
    return {f for f in forms(word) if f != word and synonyms.is_verb(f)}


def _participle(word: str) -> bool:
    return bool(_verbs(word))


def _verb_said(participle: str, counts: Counter) -> str | None:
    """The word of `counts` that says the participle's verb in another form ("interrupt", "interrupting")."""
    verbs = _verbs(participle)
    return next((w for w in counts if w != participle and forms(w) & verbs), None) if verbs else None


# A state and its lack, each said in a phrase: "in stock" / "out of stock" (有货 / 缺货), "in danger" / "out
# of danger". The lack alone is a privative, no flip (_PRIVATIVE); against its state it is an opposite.
_STATES = "stock|danger|service|reach|range|print"
_IN_STATE = re.compile(rf"\b(?:in|within) ({_STATES})\b", re.I)
_OUT_OF_STATE = re.compile(rf"\bout of ({_STATES})\b", re.I)


def states(texts: tuple[str, str]) -> list[tuple[str, str]]:
    """The states that one text says a thing is out of and the other says it is in, as swaps."""
    if not any("out of" in t.lower() for t in texts):
        return []  # most pairs
    said = [({m.group(1).lower(): m.group(0).lower() for m in _OUT_OF_STATE.finditer(t)},
             {m.group(1).lower(): m.group(0).lower() for m in _IN_STATE.finditer(t)}) for t in texts]
    (out_a, in_a), (out_b, in_b) = said
    return [(out_a[w], in_b[w]) for w in out_a.keys() & in_b.keys() - out_b.keys() - in_a.keys()] + \
        [(in_a[w], out_b[w]) for w in in_a.keys() & out_b.keys() - out_a.keys() - in_b.keys()]
