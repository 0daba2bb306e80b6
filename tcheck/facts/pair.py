"""What a fact comparator reads: one aligned pair and what is known of it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    original: str  # the English original's sentence(s)
    english: str  # the translation's English: a rewrite itself, or MT of `source`
    source: str | None = None  # the foreign text that `english` renders; None for an English rewrite
    source_lang: str | None = None  # the language `source` is in, where known ("nb", "es")
    verbatim: bool = False  # an English rewrite: quotes must keep their very words
    quote_limit: float | None = None  # for MT: the chrF below which a quote counts as changed
    names: frozenset[str] = frozenset()  # words the check's documents use as names elsewhere (names.known)
