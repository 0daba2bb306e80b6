"""The order in which a reader meets an alignment's beads, and so the findings on them. Pure.

The beads come in the original's order, and a claim that only the translation holds comes after
them all; a reader of the translation meets it beside the sentence before it. Every report lists
its findings so, and the HTML report's table shows its rows so.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from itertools import accumulate

from .types import Bead, Finding


def beads(found: tuple[Bead, ...] | list[Bead]) -> list[int]:
    """The beads' indices in reading order: the original's, and each bead that the original lacks right
    after the bead that holds the translation's sentence before it, not at the end."""
    rows = [i for i, b in enumerate(found) if b.original]
    # Each row's last sentence of the translation, ascending, with the latest row that ends at or before it:
    # one pass, not a scan of every row per added bead (a long, badly translated article has thousands).
    ends = sorted((found[k].translation[-1], n) for n, k in enumerate(rows) if found[k].translation)
    last = [e for e, _ in ends]
    latest = list(accumulate((n for _, n in ends), max))
    after: dict[int, list[int]] = defaultdict(list)  # row position -> the added beads that follow it (-1: first)
    for i in sorted((i for i, b in enumerate(found) if not b.original and b.translation),
                    key=lambda i: found[i].translation[0]):
        k = bisect_left(last, found[i].translation[0])
        after[latest[k - 1] if k else -1].append(i)
    return after[-1] + [i for n, k in enumerate(rows) for i in (k, *after[n])]


def bead_of(found: list[Finding] | tuple[Finding, ...], aligned: tuple[Bead, ...] | list[Bead]) -> list[int | None]:
    """Per finding, the first bead that shares a sentence with it (the row that shows it); None for none.
    Each sentence's first bead is found once: not a scan of every bead per finding."""
    first_o: dict[int, int] = {}  # sentence -> its first bead, on each side
    first_t: dict[int, int] = {}
    for i, b in enumerate(aligned):
        for s in b.original:
            first_o.setdefault(s, i)
        for s in b.translation:
            first_t.setdefault(s, i)
    return [min([first_o[s] for s in f.original_index if s in first_o]
                + [first_t[s] for s in f.translation_index if s in first_t], default=None) for f in found]


def findings(found: list[Finding], aligned: tuple[Bead, ...] | list[Bead]) -> list[Finding]:
    """The findings in the reading order of the first bead that shares a sentence with each (a finding
    on no bead keeps its place after the one before it)."""
    place = {i: n for n, i in enumerate(beads(aligned))}
    keys, last = [], -1
    for i in bead_of(found, aligned):
        last = place[i] if i is not None else last
        keys.append(last)
    return [f for _, _, f in sorted(zip(keys, range(len(found)), found), key=lambda x: x[:2])]
