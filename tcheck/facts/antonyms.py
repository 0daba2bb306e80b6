"""Antonym pairs: WordNet 3.0 (Debian's wordnet-base, read directly) plus the directional verbs news turns on.

nltk's reader refuses paths outside its own data folders, and the files are simple: every `!`
pointer in data.adj/verb/adv links a word to its antonym; a satellite adjective takes its head's.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

WORDNET = Path(os.environ.get("TCHECK_WORDNET", "/usr/share/wordnet"))

# Directions and outcomes that carry news but that WordNet lacks or hides in rare senses.
NEWS_PAIRS = """rise fall|increase decrease|grow shrink|expand contract|gain lose|win lose|raise lower|improve worsen
strengthen weaken|accept reject|approve reject|confirm deny|support oppose|uphold overturn|acquit convict|allow ban
allow forbid|permit ban|lift impose|lift extend|pass reject|above below|before after|more less|more fewer|higher lower|most least
best worst|early late|majority minority|profit loss|surplus deficit|guilty innocent|legal illegal
open close|open closed|start stop|begin end|survive die|alive dead|safe dangerous|good poor|good bad|strong weak
cheap expensive|success failure|succeed fail|up down|full partial|fully partly|always never|everything nothing
children adults|spring autumn|summer winter|spring fall|north south|east west|old young|new old""".replace("\n", "|")
# Words too ambiguous to judge by form: "left" is mostly "departed", "set off" is "left", "second" a rank.
AMBIGUOUS = frozenset("set left right first second last lead close fine light fair even still well kind mean".split())


@lru_cache(maxsize=1)
def table() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = defaultdict(set)
    for pair in NEWS_PAIRS.split("|"):
        a, b = pair.split()
        pairs[a].add(b)
        pairs[b].add(a)
    for pos in ("adj", "verb", "adv"):
        path = WORDNET / f"data.{pos}"
        if path.exists():
            _read(path, pairs)
    return {k: frozenset(v) for k, v in pairs.items()}


def _read(path: Path, pairs: dict[str, set[str]]) -> None:
    words: dict[str, list[str]] = {}
    heads: dict[str, str] = {}
    links: list[tuple[str, int, str, int]] = []
    with path.open(encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue  # licence header
            parts = line.split(" | ")[0].split()
            offset, ss_type, count = parts[0], parts[2], int(parts[3], 16)
            names = [re.sub(r"\(.*\)$", "", w).lower() for w in parts[4:4 + 2 * count:2]]
            words[offset] = names
            i = 4 + 2 * count
            for k in range(int(parts[i])):
                symbol, target, _, st = parts[i + 1 + 4 * k: i + 5 + 4 * k]
                if symbol == "!":
                    links.append((offset, int(st[:2], 16), target, int(st[2:], 16)))
                elif symbol == "&" and ss_type == "s":
                    heads[offset] = target
    for source, s, target, t in links:
        a = words[source][s - 1] if s else None
        b = words[target][t - 1] if t else None
        if a and b and "_" not in a + b:
            pairs[a].add(b)
            pairs[b].add(a)
    # A satellite ("brave" beside head "courageous") shares its head's antonyms.
    for sat, head in heads.items():
        opposite = {x for w in words.get(head, []) for x in pairs.get(w, ())}
        for w in words[sat]:
            if "_" not in w and opposite:
                pairs[w] |= opposite


_SUFFIXES = [("ies", "y"), ("ied", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
             ("ing", "e"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ened", "en"), ("ened", "")]
_IRREGULAR = {"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "shrank": "shrink",
              "won": "win", "lost": "lose", "better": "good", "best": "good", "worse": "bad", "worst": "bad",
              "began": "begin", "died": "die", "upheld": "uphold", "overturned": "overturn", "closed": "close"}


def lemmas(word: str) -> set[str]:
    """The word and the base forms it may be an inflection of, as far as the table knows them."""
    w = word.lower()
    out = {w}
    if w in _IRREGULAR:
        out.add(_IRREGULAR[w])
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)] + repl
            out.add(base)
            if len(base) > 3 and base[-1] == base[-2]:  # stopped -> stopp -> stop
                out.add(base[:-1])
    t = table()
    return {x for x in out if x in t} or {w}


def swaps(original: str, translation: str) -> list[tuple[str, str]]:
    """Words of the original whose antonym stands in the translation instead (and not beside it)."""
    t = table()
    a_words = re.findall(r"[a-z]+", original.lower())
    b_words = re.findall(r"[a-z]+", translation.lower())
    a_lemmas = {w: lemmas(w) for w in a_words}
    b_lemmas = {w: lemmas(w) for w in b_words}
    a_all = set().union(*a_lemmas.values()) if a_lemmas else set()
    b_all = set().union(*b_lemmas.values()) if b_lemmas else set()
    out = []
    for w, ls in a_lemmas.items():
        if ls & b_all or w in AMBIGUOUS:
            continue  # the word itself survives, or its form says too little
        for lemma in ls:
            for opposite in t.get(lemma, ()):
                if opposite in b_all and opposite not in a_all and opposite not in AMBIGUOUS:
                    surface = next(x for x, xl in b_lemmas.items() if opposite in xl)
                    out.append((w, surface))
                    break
            else:
                continue
            break
    return out
