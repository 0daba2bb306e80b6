"""Where words stand in a text, kept true through the rewritings that comparators read it by. Pure.

A comparator may read a text rewritten: number words as digits ("forty" -> "40", text2num), or MT
output without its unknown-word marks ("*Ferrán" -> "Ferrán"). A span found in the rewriting is
carried back to the words of the text that it came from.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher
from functools import lru_cache

from .types import Span


def back(spans: tuple[Span, ...], rewritten: str, text: str) -> tuple[Span, ...]:
    """Spans of `rewritten` as spans of `text`, which it rewrites. A span inside a replaced run
    ("40" of "forty") covers the whole run it replaced."""
    if rewritten == text or not spans:
        return spans
    ops = _opcodes(text, rewritten)
    starts = [j1 for _, _, _, j1, _ in ops]

    def at(j: int, end: bool) -> int:
        # The opcode that holds rewritten[j] (for an end, rewritten[j - 1]).
        k = max(bisect_right(starts, j - 1 if end else j) - 1, 0)
        op, i1, i2, j1, _ = ops[k]
        if op == "equal":
            return i1 + (j - j1)
        return i2 if end else i1

    return tuple((at(s, False), max(at(e, True), at(s, False))) for s, e in spans)


@lru_cache(maxsize=1024)
def _opcodes(text: str, rewritten: str) -> tuple[tuple[str, int, int, int, int], ...]:
    return tuple(SequenceMatcher(None, text, rewritten, autojunk=False).get_opcodes())


def of(piece: str, text: str) -> tuple[Span, ...]:
    """Where a piece cut from the text stands in it (its first occurrence); () where it is not there."""
    start = text.find(piece) if piece else -1
    return ((start, start + len(piece)),) if start >= 0 else ()


def run(words: list[re.Match]) -> tuple[Span, ...]:
    """The one span that a run of consecutive word matches covers; () for no words."""
    return ((words[0].start(), words[-1].end()),) if words else ()
