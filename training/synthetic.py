"""Planted changes on clean renderings: the kinds of change that challenge sets for MT metrics use.

Each function takes a text (and a random generator, and for some a pool of material from other
documents) and returns a `Planted` change, or None where the text offers no place for it. They are
applied to one clean rendering of a paragraph and compared with another clean rendering, so a change
always sits among the ordinary differences of two faithful translations.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from tcheck.claims import split as clauses
from tcheck.facts import antonyms

# The news pairs of antonyms (tcheck/facts/antonyms.py) as they stood when the shipped weights' training
# data and the benchmark's planted sets were made. Planted from the checker's own pairs, each pair added to
# them would change both, and a held-out measure would compare other sets.
PLANTED_PAIRS = """rise fall|increase decrease|rise decline|increase decline|grow decline|accept decline|grow shrink
expand contract|gain lose|win lose|raise lower|improve worsen|strengthen weaken|accept reject|approve reject
confirm deny|support oppose|uphold overturn|acquit convict|allow ban|allow forbid|permit ban|lift impose|lift extend
pass reject|above below|before after|more less|more fewer|higher lower|most least|best worst|early late
majority minority|profit loss|surplus deficit|guilty innocent|legal illegal|open close|open closed|start stop
begin end|survive die|alive dead|safe dangerous|good poor|good bad|strong weak|cheap expensive|success failure
succeed fail|up down|full partial|fully partly|always never|everything nothing|children adults|increase cut
raise cut|beat miss|with without|north south|east west|old young|new old|rise down|fall up
hard easy""".replace("\n", "|")

KINDS = ("number", "date", "name", "negation", "antonym", "hedge", "quote",
         "clause_drop", "clause_add", "sentence_drop", "sentence_add")
# What the verifier is told each kind is.
CLASS = {"clause_drop": "dropped", "sentence_drop": "dropped", "clause_add": "added", "sentence_add": "added"}

MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
NUMBER_WORDS = ("two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand million "
                "billion").split()
_AUX = re.compile(r"\b(is|are|was|were|will|would|can|could|should|has|have|had|must|did|does|do)\s+"
                  r"(?!not\b|n't\b)(?=[a-z])")
_NOT = re.compile(r"\b(?:not|never)\s+|n't\b")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_NAME = re.compile(r"(?<=[a-z,] )(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
_QUOTE = re.compile(r"[\"“]([^\"”]{3,120})[\"”]")
_HEDGE_WORDS = re.compile(r"\b(?:reportedly|allegedly|probably|possibly|apparently|may|might|could|is expected to|"
                          r"are expected to)\s+", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_HEDGES = ("reportedly ", "allegedly ", "possibly ")
_SOURCES = ("According to unconfirmed reports, ", "Sources say that ", "It is alleged that ")
# The fewest words of a sentence that holds a claim of its own ("He denied it.").
CLAIM_WORDS = 3
_NOT_NAMES = set(MONTHS) | set(WEEKDAYS) | {"The", "A", "An", "In", "On", "At", "I", "It", "He", "She", "They", "We"}


@dataclass(frozen=True)
class Planted:
    kind: str
    text: str
    before: str
    after: str

    @property
    def label(self) -> str:
        return CLASS.get(self.kind, "altered")


@dataclass(frozen=True)
class Pool:
    """Material from other documents: names to swap in, clauses and sentences to add."""

    names: tuple[str, ...]
    clauses: tuple[str, ...]
    sentences: tuple[str, ...]


def pool(texts: list[str]) -> Pool:
    names, parts, whole = set(), set(), set()
    for t in texts:
        names |= {m for m in _NAME.findall(t) if m.split()[0] not in _NOT_NAMES}
        parts |= {c for c in clauses(t) if 4 <= len(c.split()) <= 14 and c[:1].islower()}
        whole |= {s for s in sentences(t) if 6 <= len(s.split()) <= 30 and s.endswith(".")}
    return Pool(tuple(sorted(names)), tuple(sorted(parts)), tuple(sorted(whole)))


def sentences(text: str) -> list[str]:
    """A rendering's sentences (a full stop, question or exclamation mark before a capital or quote)."""
    return _SENTENCE.split(text)


def plant(kind: str, text: str, rng: random.Random, material: Pool) -> Planted | None:
    return _PLANTERS[kind](text, rng, material)


def _number(text, rng, _):
    found = list(_NUMBER.finditer(text))
    words = [m for m in re.finditer(rf"\b({'|'.join(NUMBER_WORDS)})\b", text)]
    if not found and not words:
        return None
    m = rng.choice(found + words)
    old = m.group(0)
    if old in NUMBER_WORDS:
        new = rng.choice([w for w in NUMBER_WORDS if w != old])
    elif re.fullmatch(r"(19|20)\d\d", old):
        new = str(int(old) + rng.choice([-3, -2, -1, 1, 2, 3]))
    else:
        digits = [i for i, ch in enumerate(old) if ch.isdigit()]
        i = rng.choice(digits)
        choices = [d for d in "0123456789" if d != old[i] and not (i == 0 and d == "0" and len(digits) > 1)]
        new = old[:i] + rng.choice(choices) + old[i + 1:]
    return Planted("number", text[:m.start()] + new + text[m.end():], old, new)


def _date(text, rng, _):
    options = [(m, MONTHS) for m in re.finditer(rf"\b({'|'.join(MONTHS)})\b", text)]
    options += [(m, WEEKDAYS) for m in re.finditer(rf"\b({'|'.join(WEEKDAYS)})\b", text)]
    options += [(m, ["yesterday", "today", "tomorrow"]) for m in re.finditer(r"\b(yesterday|today|tomorrow)\b", text)]
    options += [(m, ["last", "next", "this"])
                for m in re.finditer(r"\b(last|next|this)(?= (?:year|month|week)\b)", text)]
    if not options:
        return None
    m, words = rng.choice(options)
    new = rng.choice([w for w in words if w != m.group(0)])
    return Planted("date", text[:m.start()] + new + text[m.end():], m.group(0), new)


def _name(text, rng, material):
    found = [m for m in _NAME.finditer(text) if m.group(0).split()[0] not in _NOT_NAMES]
    if not found or not material.names:
        return None
    m = rng.choice(found)
    new = rng.choice([n for n in material.names if n != m.group(0)] or [m.group(0)])
    if new == m.group(0):
        return None
    return Planted("name", text[:m.start()] + new + text[m.end():], m.group(0), new)


def _negation(text, rng, _):
    nots = list(_NOT.finditer(text))
    if nots and rng.random() < 0.4:
        m = rng.choice(nots)
        return Planted("negation", (text[:m.start()] + text[m.end():]).replace("  ", " "), m.group(0).strip(), "")
    auxes = list(_AUX.finditer(text))
    if not auxes:
        return None
    m = rng.choice(auxes)
    new = f"{m.group(1)} {rng.choice(['not', 'never'])} "
    return Planted("negation", text[:m.start()] + new + text[m.end():], "", new.split()[1])


def _antonym(text, rng, _):
    table = antonyms.table_of(PLANTED_PAIRS)
    found = [m for m in re.finditer(r"\b[a-z]{3,}\b", text)
             if m.group(0) in table and m.group(0) not in antonyms.AMBIGUOUS]
    if not found:
        return None
    m = rng.choice(found)
    new = rng.choice(sorted(antonyms.opposites(m.group(0), PLANTED_PAIRS)))
    return Planted("antonym", text[:m.start()] + new + text[m.end():], m.group(0), new)


def _hedge(text, rng, _):
    present = list(_HEDGE_WORDS.finditer(text))
    if present and rng.random() < 0.5:
        m = rng.choice(present)
        return Planted("hedge", text[:m.start()] + text[m.end():], m.group(0).strip(), "")
    aux = list(re.finditer(r"\b(?:has|have|had|was|were|is|are|will)\s+(?=[a-z]+(?:ed|en)\b)", text))
    if aux and rng.random() < 0.5:
        m = rng.choice(aux)
        word = rng.choice(_HEDGES)
        return Planted("hedge", text[:m.end()] + word + text[m.end():], "", word.strip())
    lead = rng.choice(_SOURCES)
    return Planted("hedge", lead + text[:1].lower() + text[1:], "", lead.strip(" ,"))


def _quote(text, rng, material):
    quotes = [m for m in _QUOTE.finditer(text) if len(m.group(1).split()) >= 1]
    if not quotes:
        return None
    m = rng.choice(quotes)
    words = list(re.finditer(r"[A-Za-z]{3,}", m.group(1)))
    if not words:
        return None
    w = rng.choice(words)
    options = (sorted(antonyms.opposites(w.group(0).lower(), PLANTED_PAIRS))
               or [rng.choice(material.names or ("other",)).split()[0].lower()])
    new = rng.choice(options)
    start = m.start(1) + w.start()
    return Planted("quote", text[:start] + new + text[start + len(w.group(0)):], w.group(0), new)


def _clause_drop(text, rng, _):
    parts = clauses(text)
    long = [p for p in parts if len(p.split()) >= 4]
    if len(parts) < 2 or not long:
        return None
    piece = rng.choice(long)
    rest = text.replace(piece, "", 1)
    rest = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"[,;]\s*[,;]", ",", rest)).strip(" ,;")
    if len(rest.split()) < 5:
        return None
    return Planted("clause_drop", rest, piece, "")


def _clause_add(text, rng, material):
    if not material.clauses:
        return None
    piece = rng.choice(material.clauses)
    body = text.rstrip(" .")
    joint = (rng.choice([", and ", ", while ", ", after "]) if not piece.startswith(("and ", "while ", "after "))
             else ", ")
    return Planted("clause_add", f"{body}{joint}{piece}.", "", piece)


def _sentence_drop(text, rng, _):
    parts = sentences(text)
    if len(parts) < 2:
        return None
    i = rng.randrange(len(parts))
    # A word that MT left dangling ("... the semiconductor industry. China.") or a list's number ("3.")
    # splits off as a sentence but holds no claim; the drop falls on the next sentence that may. The
    # draw stays as it was, so every other planted change stays too (the planters share one stream):
    # 20 of the 7,545 training pairs changed, and 15 of the train split's 40 planted sentence drops.
    claims = [k for k, s in enumerate(parts) if len(s.split()) >= CLAIM_WORDS] or [i]
    i = min(claims, key=lambda k: (k - i) % len(parts))
    return Planted("sentence_drop", " ".join(s for k, s in enumerate(parts) if k != i), parts[i], "")


def _sentence_add(text, rng, material):
    if not material.sentences:
        return None
    parts = sentences(text)
    new = rng.choice(material.sentences)
    i = rng.randrange(len(parts) + 1)
    return Planted("sentence_add", " ".join(parts[:i] + [new] + parts[i:]), "", new)


_PLANTERS = {"number": _number, "date": _date, "name": _name, "negation": _negation, "antonym": _antonym,
             "hedge": _hedge, "quote": _quote, "clause_drop": _clause_drop, "clause_add": _clause_add,
             "sentence_drop": _sentence_drop, "sentence_add": _sentence_add}
