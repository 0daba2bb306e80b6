"""Pair an English rendering made elsewhere (--mt-file) with the source sentences. Pure.

The rendering is segmented like any text; its sentences are then handed to the source sentences
paragraph by paragraph, and inside a paragraph by position in proportion to length, because a
rendering rarely splits sentences exactly where the source does. Where the two hold different numbers
of paragraphs (a heading put in, a paragraph split in two, a rendering of an earlier draft), the
paragraphs are first paired as Gale and Church pair sentences: by length, with the numbers that both
write alike as anchors, a paragraph of one side free to have none on the other.
"""
from __future__ import annotations

import math
import re
from itertools import groupby

from .types import Document

# Paragraph pairing costs, in units of |log| of a length ratio: a paragraph that the other side lacks
# costs what a pair 2.7 times too long would, two paragraphs joined a little more than a pair.
_ALONE = 1.0
_JOINED = 0.3
_ANCHOR = 0.5  # a number that both paragraphs write (or, by its absence, that one writes alone)
_NUMBER = re.compile(r"\d+")


def pair(source: Document, rendering: Document) -> list[str]:
    """Per source sentence, the rendering's English for it ("" where the rendering has none)."""
    src = _paragraphs(source)
    ren = _paragraphs(rendering)
    groups = list(zip(src, ren)) if len(src) == len(ren) else _paired(src, ren)
    out: list[str] = []
    for s, r in groups:
        out += _spread(s, r) if r else [""] * len(s)
    return out


def _paired(src: list[list[str]], ren: list[list[str]]) -> list[tuple[list[str], list[str]]]:
    """The paragraphs in groups (source sentences, rendering sentences) of 1-1, 1-0, 0-1, 2-1 and 1-2
    paragraphs, in order, at the least cost: dynamic programming in a band about the diagonal as wide
    as the two counts differ, and ten paragraphs more."""
    sizes = [[_length(p) for p in side] for side in (src, ren)]
    numbers = [[set(_NUMBER.findall(" ".join(p))) for p in side] for side in (src, ren)]
    ratio = (sum(sizes[1]) or 1) / (sum(sizes[0]) or 1)
    n, m = len(src), len(ren)
    band = abs(n - m) + 10
    best: dict[tuple[int, int], tuple[float, tuple[int, int]]] = {(0, 0): (0.0, (0, 0))}
    for i in range(n + 1):
        middle = i * m // max(n, 1)
        for j in range(max(0, middle - band), min(m, middle + band) + 1):
            options = [(best[(i - di, j - dj)][0] + penalty + _cost(sizes, numbers, ratio, i, di, j, dj), (di, dj))
                       for di, dj, penalty in _MOVES if i >= di and j >= dj and (i - di, j - dj) in best]
            if options:
                best[(i, j)] = min(options)
    groups = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj = best[(i, j)][1]
        groups.append(([t for p in src[i - di:i] for t in p], [t for p in ren[j - dj:j] for t in p]))
        i, j = i - di, j - dj
    return groups[::-1]


_MOVES = ((1, 1, 0.0), (1, 0, _ALONE), (0, 1, _ALONE), (2, 1, _JOINED), (1, 2, _JOINED))


def _cost(sizes, numbers, ratio: float, i: int, di: int, j: int, dj: int) -> float:
    """How unlike the source's paragraphs [i - di, i) and the rendering's [j - dj, j) are as a text and
    its rendering: their lengths against the two texts' ratio, and the numbers that one writes and the
    other does not. A paragraph alone costs only its move."""
    if not di or not dj:
        return 0.0
    a, b = sum(sizes[0][i - di:i]), sum(sizes[1][j - dj:j])
    cost = abs(math.log((b + 10) / (ratio * a + 10)))
    na, nb = set().union(*numbers[0][i - di:i]), set().union(*numbers[1][j - dj:j])
    if na or nb:
        cost += _ANCHOR * (2 * len(na ^ nb) / len(na | nb) - 1)
    return cost


def _length(texts: list[str]) -> int:
    return sum(len(t) for t in texts)


def misfit(source: Document, rendering: Document) -> str | None:
    """Why the rendering cannot be the source's translation, or None: a rendering of another text, or
    of a part of it, pairs no sentence with its own and would bury the check in false findings.

    The bounds are wide on purpose (a translation may join or split sentences, and languages differ in
    length by half or more); what they catch is a rendering of something else."""
    n, m = len(source.segments), len(rendering.segments)
    if n >= 4 and not (n / 3 <= m <= n * 3):
        return f"it has {m} sentences against the translation's {n}"
    chars = sum(len(s.text) for s in source.segments) or 1
    ratio = sum(len(s.text) for s in rendering.segments) / chars
    if chars >= 200 and not (1 / 3 <= ratio <= 3):
        return f"it is {ratio:.1f} times as long as the translation"
    return None


def _paragraphs(doc: Document) -> list[list[str]]:
    return [[s.text for s in group] for _, group in groupby(doc.segments, key=lambda s: s.paragraph)]


def _spread(source: list[str], rendering: list[str]) -> list[str]:
    """Give each rendering sentence to the source sentence whose share of the text it falls in."""
    if len(source) == len(rendering):
        return list(rendering)
    if not source:
        return []
    bounds = _cumulative(source)
    out: list[list[str]] = [[] for _ in source]
    for text, (a, b) in zip(rendering, _intervals(rendering)):
        mid = (a + b) / 2
        k = next((i for i, end in enumerate(bounds) if mid <= end), len(source) - 1)
        out[k].append(text)
    return [" ".join(parts) for parts in out]


def _cumulative(texts: list[str]) -> list[float]:
    total = sum(len(t) for t in texts) or 1
    acc, out = 0, []
    for t in texts:
        acc += len(t)
        out.append(acc / total)
    return out


def _intervals(texts: list[str]) -> list[tuple[float, float]]:
    ends = _cumulative(texts)
    return list(zip([0.0] + ends[:-1], ends))
