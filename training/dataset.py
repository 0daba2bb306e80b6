"""Labelled pairs for the verifier, from one split of the real-MT corpus: faithful pairs, the raters'
natural changes, and planted changes on clean renderings.

Every pair is (reference, rendering, label): does the rendering say what the reference says?
Labels: faithful, altered, dropped (the rendering lacks part of the reference), added.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

import realmt
import synthetic

CLASSES = ("faithful", "altered", "dropped", "added")
_SWAPPED = {"dropped": "added", "added": "dropped"}


@dataclass(frozen=True)
class Example:
    reference: str
    rendering: str
    label: str
    kind: str  # faithful, a synthetic kind, or natural_<label>
    doc: str


def faithful(split: str) -> list[Example]:
    return [Example(p.reference, p.rendering, "faithful", "faithful", p.doc) for p in realmt.faithful(split)]


def natural(split: str, both_ways: bool = False, min_raters: int = 1) -> list[Example]:
    """The raters' Major errors. Read the other way round, a rendering that lacks something is a
    reference to which the other rendering adds it."""
    out = []
    for p in realmt.changed(split, min_raters):
        out.append(Example(p.reference, p.rendering, p.label, f"natural_{p.label}", p.doc))
        if both_ways:
            label = _SWAPPED.get(p.label, p.label)
            out.append(Example(p.rendering, p.reference, label, f"natural_{label}", p.doc))
    return out


def sentence_pairs(split: str) -> list[realmt.Pair]:
    """Faithful pairs cut into sentence pairs, where both renderings have the same number of sentences:
    tcheck's verifier mostly reads one aligned sentence, not a paragraph."""
    out = []
    for p in realmt.faithful(split):
        a, b = synthetic.sentences(p.reference), synthetic.sentences(p.rendering)
        if len(a) == len(b) > 1:
            out += [realmt.Pair(p.doc, p.seg, x, y, "faithful") for x, y in zip(a, b)]
    return out


def planted(split: str, seed: int, per_pair: int = 1, kinds: tuple[str, ...] = synthetic.KINDS,
            per_kind: int | None = None, sentences: bool = False) -> list[Example]:
    """Planted changes on the rendering side of faithful pairs (or of their sentence pairs). With
    `per_kind`, at most that many of each kind (a balanced test set); otherwise `per_pair` random
    kinds per pair (training)."""
    rng = random.Random(seed)
    pairs = sentence_pairs(split) if sentences else realmt.faithful(split)
    rng.shuffle(pairs)
    by_doc = defaultdict(list)
    for (doc, _), outs in realmt.segments(split).items():
        by_doc[doc] += [o.text for o in outs if o.label == "clean"]
    pools = {doc: synthetic.pool([t for d, ts in by_doc.items() if d != doc for t in ts]) for doc in by_doc}
    out, counts = [], defaultdict(int)
    for p in pairs:
        order = list(kinds)
        rng.shuffle(order)
        made = 0
        for kind in order:
            if per_kind is not None and counts[kind] >= per_kind:
                continue
            change = synthetic.plant(kind, p.rendering, rng, pools[p.doc])
            if change is None or change.text == p.rendering:
                continue
            out.append(Example(p.reference, change.text, change.label, kind, p.doc))
            counts[kind] += 1
            made += 1
            if made >= (1 if per_kind is not None else per_pair):
                break
    return out


def training_set(split: str = "train", seed: int = 13) -> list[Example]:
    """Faithful pairs both ways round, paragraphs and sentences; the Major errors that at least two
    of the three raters marked, both ways round; planted changes on paragraphs and on sentences."""
    both = [Example(e.rendering, e.reference, e.label, e.kind, e.doc) for e in faithful(split)]
    short = [Example(p.reference, p.rendering, "faithful", "faithful", p.doc) for p in sentence_pairs(split)]
    return faithful(split) + both + short + natural(split, both_ways=True, min_raters=2) \
        + planted(split, seed, per_pair=3) + planted(split, seed + 1, per_pair=1, sentences=True)
