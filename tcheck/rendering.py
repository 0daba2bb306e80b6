"""Pair an English rendering made elsewhere (--mt-file) with the source sentences. Pure.

The rendering is segmented like any text; its sentences are then handed to the source sentences
paragraph by paragraph, and inside a paragraph by position in proportion to length, because a
rendering rarely splits sentences exactly where the source does.
"""
from __future__ import annotations

from itertools import groupby

from .types import Document


def pair(source: Document, rendering: Document) -> list[str]:
    src = _paragraphs(source)
    ren = _paragraphs(rendering)
    if len(src) == len(ren):
        out: list[str] = []
        for s, r in zip(src, ren):
            out += _spread(s, r)
        return out
    return _spread([t for p in src for t in p], [t for p in ren for t in p])


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
