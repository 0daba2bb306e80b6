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


def natural(split: str, both_ways: bool = False) -> list[Example]:
    """The raters' Major errors. Read the other way round, a rendering that lacks something is a
    reference to which the other rendering adds it."""
    out = []
    for p in realmt.changed(split):
        out.append(Example(p.reference, p.rendering, p.label, f"natural_{p.label}", p.doc))
        if both_ways:
            label = _SWAPPED.get(p.label, p.label)
            out.append(Example(p.rendering, p.reference, label, f"natural_{label}", p.doc))
    return out


def planted(split: str, seed: int, per_pair: int = 1, kinds: tuple[str, ...] = synthetic.KINDS,
            per_kind: int | None = None) -> list[Example]:
    """Planted changes on the rendering side of faithful pairs. With `per_kind`, at most that many of
    each kind (a balanced test set); otherwise `per_pair` random kinds per pair (training)."""
    rng = random.Random(seed)
    pairs = realmt.faithful(split)
    rng.shuffle(pairs)
    pools = _pools(split)
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


def minimal(split: str, seed: int) -> list[Example]:
    """One planted change per faithful pair, made on the reference itself, both ways round: the pair
    differs in that change alone, so the one word that turns a meaning (an opposite, a negation, a
    hedge) stands out instead of hiding among two renderings' ordinary differences."""
    rng = random.Random(seed)
    pools = _pools(split)
    out = []
    for e in faithful(split):
        order = list(synthetic.KINDS)
        rng.shuffle(order)
        for kind in order:
            change = synthetic.plant(kind, e.reference, rng, pools[e.doc])
            if change is not None and change.text != e.reference:
                out.append(Example(e.reference, change.text, change.label, kind, e.doc))
                out.append(Example(change.text, e.reference, _SWAPPED.get(change.label, change.label), kind, e.doc))
                break
    return out


def _pools(split: str) -> dict[str, synthetic.Pool]:
    """Per document, material from the split's other documents."""
    by_doc = defaultdict(list)
    for (doc, _), outs in realmt.segments(split).items():
        by_doc[doc] += [o.text for o in outs if o.label == "clean"]
    return {doc: synthetic.pool([t for d, ts in by_doc.items() if d != doc for t in ts]) for doc in by_doc}


def training_set(split: str = "train", seed: int = 13, minimal_pairs: bool = True) -> list[Example]:
    """Faithful pairs and the raters' Major errors, both ways round, three planted changes per
    faithful pair (two drawn with one seed, one with the next), and a minimal pair per faithful pair
    both ways round (a change planted on the reference itself; the seed after those).

    Measured on the calibration split: the minimal pairs raised the verifier's AUC from 0.781 to 0.804
    (0.709 to 0.742 on the raters' natural changes) and the calibrated faithful-flag rate at normal
    sensitivity fell from 4.0% to 3.5% at the same recall. Keeping only the errors that two of the
    three raters marked, three planted changes drawn at once, and sentence-level pairs gave a like AUC
    (0.792 against 0.785) but passed more opposites as faithful on single sentences."""
    both = [Example(e.rendering, e.reference, e.label, e.kind, e.doc) for e in faithful(split)]
    return faithful(split) + both + natural(split, both_ways=True) + planted(split, seed, per_pair=2) \
        + planted(split, seed + 1, per_pair=1) + (minimal(split, seed + 2) if minimal_pairs else [])
