"""Words that share a sense in WordNet 3.0 ("figures" / "numbers", "dark" / "black"): one word put for
another that means the same, as translators and MT systems do.

Read from Debian's wordnet-base directly, as antonyms.py reads it: each index.<pos> line lists a
lemma's synsets, commonest sense first. The table maps a lemma to its senses ("n:06421685": a part of
speech and a synset's offset), and is kept in the user's cache (tcheck/cache.py) like the antonyms'.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .antonyms import forms, opposites
from .wordnet import WORDNET, hypernyms, offsets, records, synset_words

_POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def same(x: str, y: str) -> bool:
    """Whether some form of each word names one sense, and neither is the other's opposite."""
    ours, theirs = forms(x), forms(y)
    if any(o in theirs for word in ours for o in opposites(word)):
        return False
    return bool({s for w in ours for s in senses(w)} & {s for w in theirs for s in senses(w)})


def senses(lemma: str) -> tuple[str, ...]:
    """A lemma's senses ("n:06421685"), part of speech by part of speech (adjectives, nouns, adverbs,
    verbs), each part's commonest first."""
    found = sorted(x.decode().split(":") for x in table().get(lemma, ()))
    return tuple(f"{tag}:{offset}" for tag, _, offset in found)


def parts(word: str) -> set[str]:
    """The parts of speech ("a", "n", "r", "v") that WordNet knows some form of the word by: none for
    function words and most names."""
    return {sense[0] for form in forms(word) for sense in senses(form)}


def kind_of(x: str, y: str) -> bool:
    """Whether some form of verb x names a kind of what some form of verb y names: WordNet's troponyms,
    to "miss" is to "fail" and to "avert" is to "prevent", in some manner."""
    theirs = forms(y)
    return any(k.decode() in theirs for f in forms(x) for k in kinds().get(f, ()))


@lru_cache(maxsize=1)
def kinds():
    """Verb lemma -> the lemmas of its senses' direct hypernyms, as a marisa BytesTrie, cached."""
    from ..cache import table as cached

    return cached("kinds", [Path(__file__), WORDNET / "index.verb", WORDNET / "data.verb"], _build_kinds)


def _build_kinds():
    import marisa_trie

    words, above = {}, {}
    for parts in records("data.verb"):
        words[parts[0]] = [w.lower() for w in synset_words(parts)]
        above[parts[0]] = hypernyms(parts)
    pairs = {(parts[0], w.encode()) for parts in records("index.verb") if "_" not in parts[0]
             for o in offsets(parts) for h in above.get(o, ()) for w in words[h] if "_" not in w}
    return marisa_trie.BytesTrie(sorted(pairs))


def is_verb(lemma: str) -> bool:
    return any(s.startswith("v:") for s in senses(lemma))


def words(sense: str) -> list[str]:
    """The words of one sense ("a:01123148": data.adj, addressed by byte offset), in lower case."""
    tag, offset = sense.split(":")
    pos = next(p for p, t in _POS.items() if t == tag)
    with (WORDNET / f"data.{pos}").open("rb") as f:
        f.seek(int(offset))
        parts = f.readline().decode("latin-1").split()
    return [w.lower() for w in synset_words(parts)]


@lru_cache(maxsize=1)
def table():
    """Lemma -> its senses, as a marisa BytesTrie of (lemma, "pos:rank:offset") entries: a trie keeps a
    key's values in byte order, so each carries its rank among its part of speech's senses."""
    from ..cache import table as cached

    return cached("synonyms", [Path(__file__)] + [WORDNET / f"index.{pos}" for pos in _POS], _build)


def _build():
    import marisa_trie

    entries = []
    for pos, tag in _POS.items():
        for parts in records(f"index.{pos}"):
            if "_" not in parts[0]:
                entries += [(parts[0], f"{tag}:{rank:03d}:{o}".encode()) for rank, o in enumerate(offsets(parts))]
    return marisa_trie.BytesTrie(entries)
