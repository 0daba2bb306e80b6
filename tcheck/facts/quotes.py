"""Quotations: the words inside quotation marks must survive; a changed quote is critical.

Quotes are matched and judged with chrF, which gives partial credit to inflection and
near-spellings ("rule"/"rules") but none to a changed word ("disappointed"/"surprised").
"""
from __future__ import annotations

import re

from ..lexical import coverage, stems, words
from ..score import sentence_chrf
from ..types import Change
from .pair import Pair


_QUOTE = re.compile(r"«([^»]+)»|“([^”]+)”|„([^“”]+)[“”]|\"([^\"]+)\"|(?<!\w)‘([^’]+)’(?!\w)|(?<!\w)'([^']{3,})'(?!\w)")
# chrF below which a quote counts as changed; calibrated by benchmarks/accuracy/calibrate.py.
THRESHOLD = 65.0


def extract(text: str) -> list[str]:
    return [next(g for g in m.groups() if g).strip(" ,.") for m in _QUOTE.finditer(text)]


def diff(original: str, translation: str, threshold: float | None = None, verbatim: bool = False) -> list[Change]:
    """Changed quotes. `verbatim`: the texts share a language, so a quote must keep its very words
    (in order); across a translation only a clear loss of words (chrF below `threshold`) counts."""
    limit = THRESHOLD if threshold is None else threshold
    changes = []
    theirs = extract(translation)
    for quote in extract(original):
        if not stems(quote):
            continue  # no content word to keep: a quoted symbol, or function words alone
        if not theirs:
            # Quoted as reported speech: the words must still be there.
            if coverage(quote, translation) < 0.5:
                changes.append(Change("quote", f"“{quote}”", "(not quoted)"))
            continue
        best = max(theirs, key=lambda c: sentence_chrf(c, quote))
        if verbatim:
            changed = words(quote) != words(best)
        else:
            # Low chrF alone also catches "every rule" / "all the rules"; a changed quote loses words.
            changed = sentence_chrf(best, quote) < limit and bool(stems(quote) - stems(best))
        if changed:
            changes.append(Change("quote", f"“{quote}”", f"“{best}”"))
    return changes


def compare(pair: Pair) -> list[Change]:
    return diff(pair.original, pair.english, threshold=pair.quote_limit, verbatim=pair.verbatim)
