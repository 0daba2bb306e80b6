"""Names that WordNet 3.0 files as one holiday or one body: "Yom Kippur" / "the Day of Atonement",
"Rosh Hashanah" / "the Jewish New Year", "Sukkot" / "the Feast of Tabernacles", "the Fed" / "the Federal
Reserve System". MT renders a foreign name either way.

Only holidays and bodies (the lexicographer files noun.time and noun.group), and only synsets whose every
lemma is a name: the places' file would make "Taiwan" one with "China" ({Taiwan, China, Nationalist China,
Republic of China}). A name is matched whole, word by word, never by one of its words: "Jewish" alone is no
Rosh Hashanah. Read from Debian's wordnet-base, as antonyms.py reads it, and kept in the user's cache.
Bodies that WordNet does not hold are data too: known_as.txt beside this module (a country's parties and
public bodies, in its own tongue, in English and by acronym: "Frp" / "the Progress Party"). A number in such
a name is a word of it, not an amount (`numbered`: "the Double Ninth Festival" / "the Chongyang Festival").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from ..types import Span
from . import digits
from .wordnet import WORDNET, records, synset_words

_FILES = ("14", "28")  # noun.group, noun.time
KNOWN = Path(__file__).with_name("known_as.txt")
_LISTED = "known_as.txt:"  # the synsets of KNOWN's lines
_FILLER = {"of", "the", "for", "and", "in", "on", "over", "to"}


def renamed(lost: list[str], new: list[str], texts: tuple[str, str] = ("", "")) -> tuple[list[str], list[str]]:
    """`lost` and `new` (name words) less the words of a name that the other side gives as another name of
    the same holiday or body. `texts`: the two sides' texts, where a name stands whole as a run of words
    whose other words are no name words ("Statens vegvesen" / "the Norwegian Public Roads Administration")."""
    if not lost or not new:
        return lost, new
    ours, theirs = _named(lost, texts[0]), _named(new, texts[1])
    shared = ours.keys() & theirs.keys()
    if not shared:
        return lost, new
    gone = {w for k in shared for w in ours[k]}, {w for k in shared for w in theirs[k]}
    return [x for x in lost if _folded(x) not in gone[0]], [y for y in new if _folded(y) not in gone[1]]


def as_named(text: str, other: str) -> str:
    """`text` with each name of a body of known_as.txt that `other` names too, another way, put as `other`
    says it: "Frp voted against" / "the Progress Party voted against" reads "Progress Party voted
    against". For a model that reads the two texts side by side, which takes an acronym for a change.
    WordNet's synsets are left out: they hold a country's government with the country ("the United
    States" / "the US government"), which a model reads rightly as two."""
    ours, theirs = _runs(text), _runs(other)
    for start, stop, synsets in sorted(ours, reverse=True):  # from the end, so earlier spans stand
        synsets = {s for s in synsets if s.startswith(_LISTED)}
        named = [other[a:b] for a, b, s in theirs if s & synsets]
        # Not where the text says it as the other side does too: "Statistics Norway (SSB)" / "Statistics Norway".
        if named and not {_folded(text[a:b]) for a, b, s in ours if s & synsets} & set(map(_folded, named)):
            text = text[:start] + named[0] + text[stop:]
    return text


def shared(texts: tuple[str, str]) -> tuple[list[Span], list[Span]]:
    """Where each of two texts says a name of the table that the other names too, either way: a word of
    it ("Double" of "Double Eleven" against "Singles' Day") is no word of the sentence's claim. Each
    text's names are found once."""
    runs = _runs(texts[0]), _runs(texts[1])
    said = [{s for _, _, synsets in found for s in synsets} for found in runs]
    return ([(a, b) for a, b, synsets in runs[0] if synsets & said[1]],
            [(a, b) for a, b, synsets in runs[1] if synsets & said[0]])


def numbered(text: str) -> list[Span]:
    """Where the text says a name of the table that holds a number, each of its words capitalised ("the
    Two Sessions", "Double Eleven", "the Double Ninth Festival", "the Fourth of July"): the number is a
    word of the name, not an amount that the other side must say ("Five nations signed" says one)."""
    names = [name for name in numbered_names() if name[0] in _folded(text)]
    if not names:
        return []
    folded, at = _fold_map(text)
    return [(a, b) for name in names for a, b in _said(name, folded, at)
            if all(w[:1].isupper() or w.isdigit() or w.lower() in _FILLER for w in re.findall(r"\w+", text[a:b]))]


@lru_cache(maxsize=1)
def numbered_names() -> tuple[tuple[str, ...], ...]:
    """The table's names of two words or more that hold a number, as digits.normalise reads them. Kept
    in the user's cache: reading 1,855 names took 4 ms of every cold check."""
    from ..cache import table as cached

    def build() -> tuple[tuple[str, ...], ...]:
        return tuple(name for entries in table().values() for name, _ in entries
                     if len(name) > 1 and re.search(r"\d", digits.normalise(" ".join(name))))

    return cached("known_as_numbered", [Path(__file__), KNOWN, WORDNET / "data.noun", Path(digits.__file__)], build)


def _runs(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Where the text says a name of the table whole, capitalised ("Labour", not the "labour" of "labour
    market"), each longest run once, with its synsets."""
    folded, at = _fold_map(text)
    found: dict[tuple[int, int], set[str]] = {}
    for key in {w[:_KEY] for w in re.findall(r"\w+", folded)}:
        for name, synsets in table().get(key, ()):
            for a, b in _said(name, folded, at):
                if text[a].isupper():
                    found.setdefault((a, b), set()).update(synsets)
    spans = sorted(found, key=lambda ab: ab[0] - ab[1])  # longest first
    kept: list[tuple[int, int]] = []
    for a, b in spans:
        if all(b <= x or a >= y for x, y in kept):
            kept.append((a, b))
    return [(a, b, frozenset(found[a, b])) for a, b in kept]


def _said(name: tuple[str, ...], folded: str, at: list[int]) -> list[Span]:
    """Where a text, folded (_fold_map), says the name: spans of the text itself."""
    return [(at[m.start()], at[m.end() - 1] + 1) for m in _run(name).finditer(folded)]


def _fold_map(text: str) -> tuple[str, list[int]]:
    """The text folded (_folded), and for each of its characters the index of the one it came from."""
    parts = [_folded(c) for c in text]
    return "".join(parts), [i for i, p in enumerate(parts) for _ in p]


def _folded(word: str) -> str:
    return anyascii(word).lower()  # "Høyre" as the table holds it


def _named(words: list[str], text: str = "") -> dict[str, set[str]]:
    """Synset -> the words of `words` that stand in one of its names, said whole: by `words`, or as a run of
    `text` (whose other words may be lower case, "Statens vegvesen", or open a sentence, "Statistics
    Norway published")."""
    have = set(map(_folded, words))
    folded = _folded(text)
    keys = {w[:_KEY] for w in have | set(re.findall(r"\w+", folded))}
    found: dict[str, set[str]] = {}
    for key in keys:
        for name, synsets in table().get(key, ()):
            said = {h for h in have for n in name if _spelt(n, h)}
            if said and (all(any(_spelt(n, h) for h in have) for n in name) or _run(name).search(folded)):
                for s in synsets:
                    found.setdefault(s, set()).update(said)
    return found


@lru_cache(maxsize=4096)
def _run(name: tuple[str, ...]) -> re.Pattern:
    """A name's words in a row, the filler and the genitive "'s" between them that the table leaves out
    allowed ("Norway's parliament")."""
    filler = "|".join(sorted(_FILLER))
    return re.compile(r"(?<!\w)" + rf"(?:['’]s)?\W+(?:(?:{filler})\W+)*".join(map(re.escape, name)) + r"(?!\w)")


_KEY = 4  # names are looked up by their first word's first letters


def _spelt(name_word: str, word: str) -> bool:
    """One word, or one spelt a letter or two longer ("Sukkot" / "Sukkoth", "Shavuot" / "Shavuoth")."""
    short, long = sorted((name_word, word), key=len)
    return short == long or len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 2


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """A name's first letters -> (the name's words, its synsets), for every name of those synsets."""
    from ..cache import table as cached

    return cached("known_as", [Path(__file__), KNOWN, WORDNET / "data.noun"], _build)


def _build() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    synsets: dict[tuple[str, ...], set[str]] = {}

    def add(lemma: str, synset: str) -> None:
        name = tuple(w for w in anyascii(lemma).lower().replace("_", " ").replace("'s", "").split() if w not in _FILLER)
        if name:
            synsets.setdefault(name, set()).add(synset)

    for parts in records("data.noun"):
        lemmas = synset_words(parts)
        if parts[1] in _FILES and len(lemmas) >= 2 and all(w[:1].isupper() for w in lemmas):
            for lemma in lemmas:
                add(lemma, parts[0])
    for k, line in enumerate(KNOWN.read_text(encoding="utf-8").splitlines()):
        if line.strip() and not line.startswith("#"):
            for lemma in line.split(","):
                add(lemma.strip(), f"{_LISTED}{k + 1}")
    out: dict[str, list] = {}
    for name, ids in synsets.items():
        out.setdefault(name[0][:_KEY], []).append((name, tuple(sorted(ids))))
    return {w: tuple(v) for w, v in out.items()}
