"""The newsroom's glossary: terms that are the same thing in both texts. Pure.

A name that is rightly kept in the source language ("Statens vegvesen" for "the Norwegian Public
Roads Administration") is no change, and no word list can know which ones a newsroom keeps. Each
term pairs the English form with the form that the translation's English may hold instead (the
foreign name as MT passes it through, or an English variant such as an acronym). tcheck reads the
English form wherever the other stands, in the translation's English, before anything compares the
two sides: alignment, the claims stage and every fact comparator then see one name. The report
shows the English rendering as compared.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Term:
    english: str  # as the original writes it
    other: str  # as the translation's English may hold it instead


def terms(pairs) -> tuple[Term, ...]:
    """Terms from (English, other) pairs, stripped, in order, once each. A pair that names one thing
    twice ("NATO", "Nato") changes nothing, since terms match whatever the case, and is left out."""
    found = (Term(a.strip(), b.strip()) for a, b in pairs)
    return tuple(dict.fromkeys(t for t in found if t.english.casefold() != t.other.casefold()))


def apply(texts: list[str], terms: tuple[Term, ...]) -> list[str]:
    if not terms:
        return texts
    pattern, english = _compiled(terms)
    return [pattern.sub(lambda m: english[m.group(0).casefold()], t) for t in texts]


@lru_cache(maxsize=16)
def _compiled(terms: tuple[Term, ...]) -> tuple[re.Pattern, dict[str, str]]:
    english = {t.other.casefold(): t.english for t in terms}
    # Longest first, so that "Statens vegvesen region sør" wins over "Statens vegvesen".
    others = sorted(english, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, others)) + r")(?!\w)", re.I), english


def digest(terms: tuple[Term, ...]) -> str:
    """Names the glossary in the report's meta and the audit's signature: editing it re-checks."""
    text = "\n".join(f"{t.english}\t{t.other}" for t in terms)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
