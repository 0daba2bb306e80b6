"""Antonym pairs: WordNet 3.0 (tcheck/facts/wordnet.py reads its files) plus the directional verbs news
turns on. Every `!` pointer in data.adj/verb/adv links a word to its antonym; a satellite adjective
takes its head's.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .wordnet import WORDNET, hypernyms, offsets, pointers, records, synset_words

# Directions and outcomes that carry news but that WordNet lacks or hides in rare senses.
NEWS_PAIRS = """rise fall|increase decrease|rise decline|increase decline|grow decline|accept decline|grow shrink
increase reduce|raise reduce|rise reduce
expand contract|gain lose|win lose|raise lower|improve worsen|strengthen weaken|accept reject|approve reject
confirm deny|support oppose|uphold overturn|acquit convict|allow ban|allow forbid|permit ban|lift impose|lift extend
pass reject|above below|before after|more less|more fewer|higher lower|most least|best worst|early late
majority minority|profit loss|surplus deficit|guilty innocent|legal illegal|open close|open closed|start stop
begin end|survive die|alive dead|safe dangerous|good poor|good bad|strong weak|cheap expensive|success failure
succeed fail|up down|full partial|fully partly|always never|everything nothing|children adults|increase cut
raise cut|beat miss|with without|north south|east west|old young|new old|rise down|fall up
hard easy|up decrease|up decline|up drop|down increase|down gain|down growth""".replace("\n", "|")
# Words too ambiguous to judge by form: "left" is mostly "departed", "set off" is "left", "second" a rank,
# and "on", "off" and "out" are mostly particles ("cutting off all contact" says nothing against "on",
# "handed out blankets" nothing against "living rooms").
AMBIGUOUS = frozenset("set left right first second last lead close fine light fair even still well kind mean "
                      "find found leading ever very on off out".split())  # "researchers found" / "the glacier lost 40%"


@lru_cache(maxsize=1)
def table():
    """Word -> its antonyms, as a marisa trie of (word, antonym) entries: `word in table()`, and
    `opposites` reads them. Parsing WordNet takes most of a second, so the table is kept in the user's
    cache (tcheck/cache.py) and rebuilt only when WordNet or this module changes. A trie, not a dict
    of sets: 47,000 pairs in 0.3 MB, loaded in a millisecond, where the dict took 7 MB."""
    from ..cache import table as cached

    sources = [Path(__file__)] + [WORDNET / f"data.{pos}" for pos in ("adj", "verb", "adv")]
    return cached("antonyms", sources, _build)


@lru_cache(maxsize=2)
def table_of(news_pairs: str):
    """The table with other news pairs than today's, built in memory: training plants its changes from
    the pairs that its weights and the benchmark's sets were made with (training/synthetic.py)."""
    return table() if news_pairs == NEWS_PAIRS else _build(news_pairs)


def opposites(word: str, news_pairs: str = NEWS_PAIRS) -> list[str]:
    """The antonyms that the table holds for `word` (a lemma), in the table's order; `news_pairs`: as
    table_of reads them."""
    return [x.decode() for x in table_of(news_pairs).get(word, ())]


def _build(news_pairs: str = NEWS_PAIRS):
    import marisa_trie

    pairs: dict[str, set[str]] = defaultdict(set, {UP: {DOWN}, DOWN: {UP}})
    for pair in news_pairs.split("|"):
        a, b = pair.split()
        pairs[a].add(b)
        pairs[b].add(a)
    adjectives: set[str] = set()
    for pos in ("adj", "verb", "adv"):
        found = _read(f"data.{pos}", pairs)
        adjectives |= found if pos == "adj" else set()
    # "safe" / "unsafe", "legal" / "illegal": an adjective with a negative prefix on another is its
    # antonym, though WordNet links only some such pairs. (Verbs would pair "dispose" with "pose".)
    known = adjectives
    for w in known:
        split = prefixed(w)
        if split and split[1] in known:
            pairs[w].add(split[1])
            pairs[split[1]].add(w)
    return marisa_trie.BytesTrie([(k, x.encode()) for k, v in pairs.items() for x in sorted(v)])


_NEGATIVE_PREFIX = re.compile(r"(un|in|im|il|ir|dis|non-?)([a-z]+)$")
# Prefixed forms that do not negate: "invaluable" is very valuable, "inflammable" burns, "immediate" is now,
# "innumerous" many, "inbound" travel arrives, "intense" and "informative" are no "tense" or "formative"
# denied, and "incredible", "unbelievable" and "infamous" say more than their stem's opposite.
_NOT_NEGATIVE = frozenset("invaluable inflammable unloosen indwelling immediate innumerous inbound incoming inside "
                         "intense informative infamous incredible unbelievable indifferent diseased unlike".split())


def prefixed(word: str) -> tuple[str, str] | None:
    """A word's negative prefix and the stem it stands before ("unsafe": "un", "safe"), where the stem has
    four letters or more and the prefix is known to negate; None for any other word."""
    m = _NEGATIVE_PREFIX.match(word)
    return None if not m or len(m.group(2)) < 4 or word in _NOT_NEGATIVE else (m.group(1), m.group(2))


def _read(name: str, pairs: dict[str, set[str]]) -> set[str]:
    """Adds the WordNet file's antonym pairs; returns every single word it holds."""
    words: dict[str, list[str]] = {}
    heads: dict[str, str] = {}
    links: list[tuple[str, int, str, int]] = []
    for parts in records(name):
        offset, ss_type = parts[0], parts[2]
        names = [w.lower() for w in synset_words(parts)]
        words[offset] = names
        for symbol, target, _, st in pointers(parts):
            if symbol == "!":
                links.append((offset, int(st[:2], 16), target, int(st[2:], 16)))
            elif symbol == "&" and ss_type == "s":
                heads[offset] = target
    # A link joins one word to one word. A satellite ("brave" beside head "courageous") takes the
    # antonyms of its head's linked words, and only those: the synonyms of those words in other
    # senses would set "heavy" (rain) against "much".
    opposite: dict[str, set[str]] = defaultdict(set)
    for source, s, target, t in links:
        a = words[source][s - 1] if s else None
        b = words[target][t - 1] if t else None
        if a and b and "_" not in a + b:
            pairs[a].add(b)
            pairs[b].add(a)
            opposite[source].add(b)
    for sat, head in heads.items():
        for w in words[sat]:
            if "_" not in w:
                for x in opposite.get(head, ()):
                    pairs[w].add(x)
                    pairs[x].add(w)
    return {w for names in words.values() for w in names if "_" not in w}


_SUFFIXES = [("ies", "y"), ("ied", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
             ("ing", "e"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ened", "en"), ("ened", "")]


@lru_cache(maxsize=1)
def irregular() -> dict[str, tuple[str, ...]]:
    """Irregular forms of verbs, adjectives and adverbs -> their base forms, from WordNet's own
    exception lists ("sold" -> "sell", "forbidden" -> "forbid", "worse" -> "bad"), kept in the cache
    like the table."""
    from ..cache import table as cached

    sources = [Path(__file__)] + [WORDNET / f"{pos}.exc" for pos in ("verb", "adj", "adv")]
    return cached("irregular", sources, _build_irregular)


def _build_irregular() -> dict[str, tuple[str, ...]]:
    forms: dict[str, set[str]] = defaultdict(set)
    for pos in ("verb", "adj", "adv"):
        path = WORDNET / f"{pos}.exc"
        if path.exists():
            for line in path.read_text(encoding="latin-1").splitlines():
                form, *bases = line.split()
                forms[form] |= {b for b in bases if "_" not in b and b != form}
    return {form: tuple(sorted(bases)) for form, bases in forms.items() if bases and "_" not in form}


@lru_cache(maxsize=1)
def again() -> frozenset[str]:
    """Verbs in "re" that WordNet makes a kind of what follows the "re" ("reopen" is to open,
    "rebuild" to build), kept in the cache like the table."""
    from ..cache import table as cached

    sources = [Path(__file__)] + [WORDNET / name for name in ("index.verb", "data.verb")]
    return cached("again", sources, _build_again)


def _build_again() -> frozenset[str]:
    synsets, kinds = {}, {}
    for parts in records("data.verb"):
        synsets[parts[0]] = {w.lower() for w in synset_words(parts)}
        kinds[parts[0]] = hypernyms(parts)
    out = set()
    for parts in records("index.verb"):
        word, synset_offsets = parts[0], offsets(parts)
        if word.startswith("re") and any(word[2:] in synsets[h] for o in synset_offsets for h in kinds.get(o, ())):
            out.add(word)
    return frozenset(out)


@lru_cache(maxsize=1)
def adjectives() -> dict[str, tuple[str, ...]]:
    """Adverbs -> the adjectives that WordNet derives them from ("comprehensively" -> "comprehensive",
    its `\\` pointers, word to word), kept in the cache like the table."""
    from ..cache import table as cached

    sources = [Path(__file__)] + [WORDNET / f"data.{pos}" for pos in ("adj", "adv")]
    return cached("adjectives", sources, _build_adjectives)


def _build_adjectives() -> dict[str, tuple[str, ...]]:
    words = {parts[0]: [w.lower() for w in synset_words(parts)] for parts in records("data.adj")}
    out: dict[str, set[str]] = defaultdict(set)
    for parts in records("data.adv"):
        adverbs = [w.lower() for w in synset_words(parts)]
        for symbol, target, pos, st in pointers(parts):
            s, t = int(st[:2], 16), int(st[2:], 16)
            if symbol == "\\" and pos in ("a", "s") and s and t and target in words:
                adverb, adjective = adverbs[s - 1], words[target][t - 1]
                if "_" not in adverb + adjective and adverb != adjective and adjective not in AMBIGUOUS:
                    out[adverb].add(adjective)
    return {adverb: tuple(sorted(found)) for adverb, found in out.items()}


# A verb's direction: upward where WordNet makes one of its commonest senses a kind of "increase" or
# "rise" (to grow, climb, soar, double), downward where one is a kind of "decrease" or "fall" (to drop,
# plunge, shrink, cut), and neither where its senses go both ways. Not words (no word holds "+"): the
# table pairs the two, so that "prices soared" / "prices fell" is a swap that no antonym pointer links.
# Speed is no amount: a kind of "accelerate" or "decelerate" has no direction ("exports slowed" /
# "exports grew more slowly").
UP, DOWN = "+up", "+down"
_ANCHORS = {UP: (("increase", 1), ("increase", 2), ("rise", 1), ("rise", 2)),
            DOWN: (("decrease", 1), ("decrease", 2), ("fall", 1), ("fall", 2)),
            None: (("accelerate", 1), ("decelerate", 1))}
DIRECTED_SENSES = 3  # a verb's commonest senses that are read for its direction
DIRECTED_DEPTH = 2  # steps up from a sense to "increase" or "fall" at most


@lru_cache(maxsize=1)
def directions() -> dict[str, str]:
    """Verbs -> UP or DOWN (above), kept in the cache like the table."""
    from ..cache import table as cached

    sources = [Path(__file__)] + [WORDNET / name for name in ("index.verb", "data.verb", "index.adv")]
    return cached("directions", sources, _build_directions)


def _build_directions() -> dict[str, str]:
    above = {parts[0]: hypernyms(parts) for parts in records("data.verb")}
    senses = {parts[0]: offsets(parts) for parts in records("index.verb") if "_" not in parts[0]}
    if not senses:
        return {}

    def kinds_of(synset: str) -> set[str]:
        """The synset and what WordNet makes it a kind of, DIRECTED_DEPTH steps up at most."""
        out, level = {synset}, [synset]
        for _ in range(DIRECTED_DEPTH):
            level = [h for x in level for h in above.get(x, ())]
            out.update(level)
        return out

    # A word that WordNet gives as many senses as an adverb is mostly a particle ("held up" / "delayed").
    adverbs = {parts[0]: int(parts[2]) for parts in records("index.adv")}
    anchors = {d: {senses[w][k - 1] for w, k in spec} for d, spec in _ANCHORS.items()}
    out = {}
    for verb, synsets in senses.items():
        found = {d for kinds in map(kinds_of, synsets[:DIRECTED_SENSES]) for d, a in anchors.items() if kinds & a}
        if len(found) == 1 and None not in found and verb not in AMBIGUOUS and adverbs.get(verb, 0) < len(synsets):
            out[verb] = found.pop()
    return out


# British spelling, which WordNet writes the American way: "criticised" is "criticized".
_BRITISH = re.compile(r"(?<=[a-z]{3})([iy])s(e|es|ed|ing)$")


@lru_cache(maxsize=16384)
def forms(word: str) -> frozenset[str]:
    """The word (lower case) and every base form it may be an inflection of: WordNet's exceptions
    ("sold" -> "sell"), the regular endings ("died" -> "die", "stopped" -> "stop"), and British
    spelling ("criticised" -> "criticize"). Remembered: a check asks it of the same words thousands of
    times (every word of every pair, for antonyms, synonyms and verbs)."""
    out = set()
    for w in {word.lower(), _BRITISH.sub(r"\1z\2", word.lower())}:
        out.add(w)
        out.update(irregular().get(w, ()))
        for suffix, repl in _SUFFIXES:
            base = w[: -len(suffix)] + repl if w.endswith(suffix) else ""
            if len(base) >= 3:  # "died" -> "die"
                out.add(base)
                if len(base) > 3 and base[-1] == base[-2]:  # stopped -> stopp -> stop
                    out.add(base[:-1])
    return frozenset(out)


def lemmas(word: str) -> set[str]:
    """The word and the base forms it may be an inflection of, as far as the table knows them."""
    return _known(word.lower(), forms(word.lower()))


def _known(word: str, found: frozenset[str]) -> set[str]:
    """Of a lower-case word's forms (`forms`), those that the table knows; the word itself if none."""
    # "reopen" holds "open", not an antonym of "closed" beside it: where WordNet makes the verb a kind
    # of its stem, and only there ("report" holds no "port", "relate" no "late", "remove" no "move").
    # An adverb holds its adjective: "comprehensively improved" / "a noncomprehensive upgrade" is a swap,
    # and "performed poorly" / "is not good" a particle and a swap that cancel.
    out = found | {x[2:] for x in found if x in again()} | {a for x in found for a in adjectives().get(x, ())}
    t = table()
    return {x for x in out if x in t} or {word}


def _words(text: str) -> tuple[list[str], dict[str, frozenset[str]]]:
    """The words of letters, the hyphenated words that the table holds whole first ("middle-class",
    "part-time"), as an antonym put in may be: their parts alone ("middle", "class") oppose nothing. And,
    per word of such a whole, the others, which answer with it as one word ("long-term" / "short-term"
    is one swap, read whole or by its parts)."""
    low = text.lower()
    words = re.findall(r"[a-z]+", low)
    if "-" not in low:
        return words, {}  # most texts: the scan of letters alone
    t, joined = table(), {}
    wholes = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)+", low) if w in t]
    for w in wholes:
        parts = frozenset([w, *w.split("-")])
        joined.update((p, parts) for p in parts)
    return wholes + words, joined


def swaps(original: str, translation: str, loose: bool = False) -> list[tuple[str, str]]:
    """Words of the original whose antonym stands in the translation instead (and not beside it).
    Counted, not merely found: where the original says "rise" twice and the translation "rise" and
    "fall", one rise fell. On the real-MT calibration and train splits (paragraphs; 240 planted
    antonyms, 1,378 faithful pairs), counting found 166 where finding found 154, and flagged no
    faithful pair more once "very" (the very beginning / the other) was read as too ambiguous. One
    word of the translation answers for one of the original: "have been working" / "miss been
    working" beside a "hit" the translation lost is one swap, not two that cancel. `loose`: the words
    too ambiguous to judge by form (AMBIGUOUS) count too.

    Where the antonyms swap nothing, verbs' directions are read (`directions`: "soared" / "fell", "cut"
    / "added"): a coarser reading, so a verb that turned beside a word that turned with it ("drop
    below" / "rise above") stays the one flip that the antonyms see."""
    a, b = _reading(original), _reading(translation)
    found = _counted(a, b, loose)
    if found:
        return found
    a, b = _directed(a), _directed(b)
    return _counted(a, b, loose) if a and b else []


class _Reading(NamedTuple):
    """A text as swaps reads it: its words, each word's forms (`forms`) and the lemmas read for it,
    and per word of a hyphenated whole, the others (`_words`)."""

    words: list[str]
    found: dict[str, frozenset[str]]
    lemmas: dict[str, set[str]]
    joined: dict[str, frozenset[str]]


def _reading(text: str) -> _Reading:
    words, joined = _words(text)
    found = {w: forms(w) for w in words}
    return _Reading(words, found, {w: _known(w, f) for w, f in found.items()}, joined)


def _directed(r: _Reading) -> _Reading | None:
    """The reading with each verb's direction among its lemmas (`directions`); None where no word has one."""
    table = directions()
    directed = {w: {table[x] for x in f if x in table} for w, f in r.found.items()}
    if not any(directed.values()):
        return None
    return r._replace(lemmas={w: ls | directed[w] for w, ls in r.lemmas.items()})


def _counted(a: _Reading, b: _Reading, loose: bool) -> list[tuple[str, str]]:
    """swaps' count of the original's words (a) whose antonym the translation (b) says instead."""
    (a_words, a_found, a_lemmas, a_joined), (b_words, b_found, b_lemmas, b_joined) = a, b
    a_count = Counter(x for w in a_words for x in a_lemmas[w])
    b_count = Counter(x for w in b_words for x in b_lemmas[w])
    # The words themselves, inflected: "buyer" survives in "buyers", though the table knows only "buy".
    a_forms = Counter(x for w in a_words for x in a_found[w])
    b_forms = Counter(x for w in b_words for x in b_found[w])
    out = []
    taken: Counter[str] = Counter()  # one word of the translation answers for one word of the original
    done: set[str] = set()  # the parts of a hyphenated whole that swapped, or the whole of a part
    for w, ls in a_lemmas.items():
        kept = ls & b_count.keys()
        if (w in AMBIGUOUS and not loose) or (kept and all(b_count[x] >= a_count[x] for x in kept)) \
                or a_forms[w] <= b_forms[w] or w in done:
            continue  # the word itself survives as often as it stands, or its form says too little
        for lemma in ls:
            for opposite in opposites(lemma):
                if b_count[opposite] > a_count[opposite] + taken[opposite] and (loose or opposite not in AMBIGUOUS):
                    surface = next(x for x, xl in b_lemmas.items() if opposite in xl)
                    whole = b_joined.get(surface, {surface})  # a hyphenated whole and its parts answer as one
                    taken.update(x for y in whole for x in b_lemmas[y])
                    done |= a_joined.get(w, set())
                    out.append((w, max(whole, key=len)))
                    break
            else:
                continue
            break
    return out
