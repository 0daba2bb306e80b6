"""Where words stand in a text, kept true through the rewritings that comparators read it by. Pure.

A comparator may read a text rewritten: number words as digits ("forty" -> "40", text2num), or MT
output without its unknown-word marks ("*Ferrán" -> "Ferrán"). A span found in the rewriting is
carried back to the words of the text that it came from.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from .types import Span

_TOKEN = re.compile(r"\S+")


def blank(text: str, where: Iterable[Span]) -> str:
    """The text with the characters in `where` (spans) put as spaces: a rewriting that keeps every span
    true, for a comparator that must not read those words again."""
    chars = list(text)
    for start, end in where:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def back(spans: tuple[Span, ...], rewritten: str, text: str) -> tuple[Span, ...]:
    """Spans of `rewritten` (the text with some of its words rewritten) as spans of `text`. Texts
    are matched word by word, then letter by letter within a word rewritten as one word ("*Ferrán" /
    "Ferrán"); a span inside a run of words rewritten as another ("forty two" / "42") covers the run.
    Matched by words, not letters, whose cost grows with the square of a text's length: on a sentence
    of 4,000 characters (limits.SENTENCE_CHARS) of news text with number words, reading its numbers
    took 9.3 ms against 7.3 ms without their spans; on 4,000 characters of 19 words drawn at random
    (difflib's worst kind of text), 85 ms by words against 234 ms by letters."""
    if rewritten == text or not spans:
        return spans
    ours, theirs = _tokens(text), _tokens(rewritten)
    owner = _owners(tuple(t for _, _, t in ours), tuple(t for _, _, t in theirs))
    starts, ends = [s for s, _, _ in theirs], [e for _, e, _ in theirs]

    def at(j: int, end: bool) -> int:
        # The rewritten word that holds the span's first (last) character, or the next (last) one before it.
        k = bisect_left(starts, j) - 1 if end else bisect_right(ends, j)
        if k < 0 or k >= len(theirs):
            return 0 if k < 0 else len(text)
        i1, i2, one_to_one, j1 = owner[k]
        if one_to_one:
            start, stop, word = ours[i1 + k - j1]
            offset = min(max(j - theirs[k][0], 0), len(theirs[k][2]))
            return start + _within(word, theirs[k][2], offset, end)
        if end:
            return ours[i2 - 1][1] if i2 > i1 else (ours[i1][0] if i1 < len(ours) else len(text))
        return ours[i1][0] if i1 < len(ours) else len(text)

    return tuple((a, max(a, b)) for a, b in ((at(s, False), at(e, True)) for s, e in spans))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1024)
def _owners(ours: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[tuple[int, int, bool, int], ...]:
    """Per rewritten word, the run of the text's words it stands for: (first, past the last, whether the
    two runs are word for word, the rewritten run's first word)."""
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        out += [(i1, i2, i2 - i1 == j2 - j1, j1)] * (j2 - j1)
    return tuple(out)


def _within(word: str, rewritten: str, offset: int, end: bool) -> int:
    """A character offset of the rewritten word as an offset of the word it rewrites; a character
    inside a rewritten stretch of letters stands for the whole stretch."""
    if word == rewritten:
        return offset
    for op, i1, i2, j1, j2 in SequenceMatcher(None, word, rewritten, autojunk=False).get_opcodes():
        if (j1 <= offset < j2) if not end else (j1 < offset <= j2):
            return i1 + (offset - j1) if op == "equal" else (i2 if end else i1)
    return len(word) if end or offset >= len(rewritten) else 0


def of(piece: str, text: str) -> tuple[Span, ...]:
    """Where a piece cut from the text stands in it (its first occurrence); () where it is not there."""
    start = text.find(piece) if piece else -1
    return ((start, start + len(piece)),) if start >= 0 else ()


def run(words: list[re.Match]) -> tuple[Span, ...]:
    """The one span that a run of consecutive word matches covers; () for no words."""
    return ((words[0].start(), words[-1].end()),) if words else ()
