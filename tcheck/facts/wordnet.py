"""WordNet 3.0's files (Debian's wordnet-base), read directly: the tables of antonyms, senses, kinds of
verbs, words and names are built from them.

nltk's reader refuses paths outside its own data folders, and the files are simple: a licence header,
then one entry a line, its fields split by spaces.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

WORDNET = Path(os.environ.get("TCHECK_WORDNET", "/usr/share/wordnet"))


def records(name: str) -> Iterator[list[str]]:
    """The fields of each entry of a WordNet file ("index.adj", "data.noun"), past its licence
    header; none where the file is missing."""
    path = WORDNET / name
    if not path.exists():
        return
    with path.open(encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):  # the licence header
                yield line.split()


def synset_words(parts: list[str]) -> list[str]:
    """The words of a data file's entry (a synset), as WordNet spells them, less an adjective's
    position marker ("galore(ip)")."""
    return [re.sub(r"\(.*\)$", "", w) for w in parts[4:4 + 2 * int(parts[3], 16):2]]


def pointers(parts: list[str]) -> list[tuple[str, str, str, str]]:
    """A data file's entry's pointers: (symbol, target offset, part of speech, source/target), where
    "@" is a kind's hypernym, "@i" an instance's, "!" an antonym, "&" a satellite's head."""
    i = 4 + 2 * int(parts[3], 16)
    return [(parts[i + 1 + 4 * k], parts[i + 2 + 4 * k], parts[i + 3 + 4 * k], parts[i + 4 + 4 * k])
            for k in range(int(parts[i]))]


def hypernyms(parts: list[str]) -> list[str]:
    """A data file's entry's hypernyms: the synsets that WordNet makes it a kind of ("@" pointers)."""
    return [target for symbol, target, _, _ in pointers(parts) if symbol == "@"]


def offsets(parts: list[str]) -> list[str]:
    """An index file's entry's synsets, commonest sense first (lemma, part of speech, senses, n pointer
    kinds, those kinds, 2 counts, synsets)."""
    return parts[6 + int(parts[3]):6 + int(parts[3]) + int(parts[2])]
