"""Labelled pairs for the verifier, from one split of the real-MT corpus: faithful pairs, the raters'
natural changes, and planted changes on clean renderings.

Every pair is (reference, rendering, label): does the rendering say what the reference says?
Labels: faithful, altered, dropped (the rendering lacks part of the reference), added.
"""
from __future__ import annotations

import dataclasses
import difflib
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import kept as keeping
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
    spans: tuple[str, ...] = ()  # a natural change's words that the raters blamed, in `rendering`
    # Per side (reference, rendering): the character ranges of the words that carry the change, where
    # they are known; () on a side that has none, None on a side where they are not known.
    marks: tuple[Ranges | None, Ranges | None] = (None, None)

    def swapped(self, label: str) -> "Example":
        return Example(self.rendering, self.reference, label, self.kind, self.doc, (), self.marks[::-1])


Ranges = tuple[tuple[int, int], ...]


def write_pairs(examples: list[Example], path: Path) -> None:
    """One JSON object per line, for read_pairs on a machine that has no corpus (a GPU, say)."""
    with path.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(dataclasses.asdict(e), ensure_ascii=False) + "\n" for e in examples)


def read_pairs(path: Path) -> list[Example]:
    def ranges(side: list | None) -> Ranges | None:
        return None if side is None else tuple(tuple(r) for r in side)

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [Example(**{**r, "spans": tuple(r["spans"]), "marks": tuple(ranges(m) for m in r["marks"])})
            for r in rows]


def blamed(spans: tuple[str, ...], reference: str) -> set[str]:
    """The word stems of the raters' spans, less those that the clean reference has too where any are
    left: a span's word that both renderings have tells nothing."""
    from tcheck.lexical import stems

    words = set().union(*(stems(s) for s in spans))
    return (words - stems(reference)) or words


def faithful(split: str) -> list[Example]:
    return [Example(p.reference, p.rendering, "faithful", "faithful", p.doc, marks=((), ()))
            for p in realmt.faithful(split)]


def minor(split: str) -> list[Example]:
    """Clean renderings against ones with Minor Accuracy errors only, both ways round, as faithful."""
    out = []
    for p in realmt.minor(split):
        out += [Example(p.reference, p.rendering, "faithful", "minor", p.doc),
                Example(p.rendering, p.reference, "faithful", "minor", p.doc)]
    return out


def natural(split: str, both_ways: bool = False) -> list[Example]:
    """The raters' Major errors. Read the other way round, a rendering that lacks something is a
    reference to which the other rendering adds it."""
    out = []
    for p in realmt.changed(split):
        out.append(Example(p.reference, p.rendering, p.label, f"natural_{p.label}", p.doc, p.spans,
                           (None, () if p.label == "dropped" else _found(p.rendering, p.spans))))
        if both_ways:
            label = _SWAPPED.get(p.label, p.label)
            out.append(replace(out[-1].swapped(label), kind=f"natural_{label}"))
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
            out.append(Example(p.reference, change.text, change.label, kind, p.doc,
                               marks=(None, _changed(p.rendering, change.text)[1])))
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
        change = _first(order, e.reference, rng, pools[e.doc])
        if change is not None:
            out += _both_ways(e.reference, change, change.kind, e.doc)
    return out


def reworded(split: str, seed: int) -> list[Example]:
    """Faithful minimal pairs, both ways round: a clean rendering against itself with one run of words
    put as another clean rendering of the paragraph puts it (reword). Without them, every pair that
    differs in a few words is a planted change (minimal), and the verifier learns that a small
    difference is a change of meaning rather than which small differences change it. The rewordings
    are real MT's own, which the raters passed, not a word list."""
    rng = random.Random(seed)
    out = []
    for e in faithful(split):
        text = reword(e.reference, e.rendering, rng)
        if text is not None:
            out += _faithful_both_ways(e, text, "reworded")
    return out


def kept(split: str, seed: int) -> list[Example]:
    """Faithful minimal pairs, both ways round: a clean rendering against itself with one edit that
    keeps its meaning (kept.py: a synonym, a number or a date written another way, an equal phrase),
    the same one-word difference that minimal()'s planted opposites make, made faithfully."""
    rng = random.Random(seed)
    out = []
    for e in faithful(split):
        edit = keeping.keep(e.reference, rng)
        if edit is not None:
            out += _faithful_both_ways(e, edit.text, f"kept:{edit.kind}")
    return out


def _faithful_both_ways(e: Example, text: str, kind: str) -> list[Example]:
    """A faithful minimal pair: the reference against `text` (the reference edited), and back."""
    one = Example(e.reference, text, "faithful", kind, e.doc, marks=((), ()))
    return [one, one.swapped("faithful")]


def reword(text: str, other: str, rng: random.Random, longest: int = 8) -> str | None:
    """`text` with one run of at most `longest` words replaced by what stands in its place in `other`
    ("must" / "has to"), or None where no run qualifies. A run whose words the other says elsewhere
    is a word moved, not reworded ("On Monday the mayor resigned" / "The mayor resigned on Monday"):
    the words that a run takes out must be missing from `other`, and those it puts in from `text`."""
    from tcheck.lexical import words

    ours, theirs = set(words(text)), set(words(other))
    runs = [(a, b) for a, b in differing(text, other)
            if a and b and len(a) <= longest and len(b) <= longest  # words put for words: none dropped or added
            and not set(words(" ".join(m.group(0) for m in a))) & theirs
            and not set(words(" ".join(m.group(0) for m in b))) & ours]
    if not runs:
        return None
    old, new = rng.choice(runs)
    return text[:old[0].start()] + other[new[0].start():new[-1].end()] + text[old[-1].end():]


def sentences(split: str, seed: int) -> list[Example]:
    """Sentence-level pairs: what the check's verifier reads is one aligned bead, not a paragraph.
    Where two faithful renderings split into as many sentences (two or more), each sentence pair is
    faithful; one change is planted on the rendering's sentence (among the two renderings' ordinary
    differences) and one on the reference's own sentence, both ways round (a minimal pair), an
    opposite first wherever one can be made. Kinds are marked "s:" (s:faithful, s:antonym, ...). Few
    (460 in the train split): most of the corpus's paragraphs are one sentence."""
    rng = random.Random(seed)
    pools = _pools(split)
    kinds = [k for k in synthetic.KINDS if not k.startswith("sentence_")]
    out = []
    for p in realmt.faithful(split):
        ours, theirs = synthetic.sentences(p.reference), synthetic.sentences(p.rendering)
        if len(ours) != len(theirs) or len(ours) < 2:  # one sentence: the paragraph pairs hold it already
            continue
        for a, b in zip(ours, theirs):
            out.append(Example(a, b, "faithful", "s:faithful", p.doc, marks=((), ())))
            change = _first(rng.sample(kinds, len(kinds)), b, rng, pools[p.doc])
            if change is not None:
                out.append(Example(a, change.text, change.label, f"s:{change.kind}", p.doc,
                                   marks=(None, _changed(b, change.text)[1])))
            order = ["antonym"] + rng.sample(kinds, len(kinds))
            change = _first(order, a, rng, pools[p.doc])
            if change is not None:
                out += _both_ways(a, change, f"s:{change.kind}", p.doc)
    return out


def _both_ways(text: str, change: synthetic.Planted, kind: str, doc: str) -> list[Example]:
    """A minimal pair: the text against its change, and the change against the text (what was
    dropped one way round is added the other)."""
    one = Example(text, change.text, change.label, kind, doc, marks=_changed(text, change.text))
    return [one, one.swapped(_SWAPPED.get(change.label, change.label))]


def _found(text: str, spans: tuple[str, ...]) -> Ranges | None:
    """Where the raters' spans stand in the text (None if one cannot be found, or none is given)."""
    at = [(text.find(s), s) for s in spans]
    if not at or any(i < 0 for i, _ in at):
        return None
    return tuple((i, i + len(s)) for i, s in at)


def differing(base: str, new: str) -> list[tuple[list[re.Match], list[re.Match]]]:
    """The runs of words (as whitespace parts them) that differ between two texts: per run, its words
    in base and in new (one side may have none)."""
    a, b = list(re.finditer(r"\S+", base)), list(re.finditer(r"\S+", new))
    matcher = difflib.SequenceMatcher(None, [m.group(0) for m in a], [m.group(0) for m in b], autojunk=False)
    return [(a[i1:i2], b[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]


def _changed(base: str, new: str) -> tuple[Ranges, Ranges]:
    """The words that differ between a text and its planted change: (in base, in new)."""
    runs = differing(base, new)
    return tuple(w.span() for ours, _ in runs for w in ours), tuple(w.span() for _, theirs in runs for w in theirs)


def _first(kinds: list[str], text: str, rng: random.Random, material: synthetic.Pool) -> synthetic.Planted | None:
    """The first of `kinds` that can be planted in `text`."""
    for kind in kinds:
        change = synthetic.plant(kind, text, rng, material)
        if change is not None and change.text != text:
            return change
    return None


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
    both = [e.swapped(e.label) for e in faithful(split)]
    return faithful(split) + both + natural(split, both_ways=True) + planted(split, seed, per_pair=2) \
        + planted(split, seed + 1, per_pair=1) + (minimal(split, seed + 2) if minimal_pairs else [])


def adapting_set(split: str = "train", seed: int = 13, rewordings: bool = True,
                 kept_edits: bool = True) -> list[Example]:
    """The adapter's data (train.py --adapter): the training set again, with the sentence-level pairs.
    Measured on the calibration split: AUC 0.808 to 0.818 (natural changes 0.752 to 0.757), and the
    nb fixture's reworded quote ("disappointed" / "surprised") from 0.35 to 0.43. On the test split
    it moved nothing (AUC 0.826 to 0.825, natural changes 0.789 to 0.780; faithful pairs flagged at
    normal 13.0% to 13.5% once recalibrated), so it does not ship: an epoch more of the same data.

    With the faithful rewordings (reworded: 1,024 pairs more, session 36): held-out AUC 0.825 (natural
    changes 0.770) against 0.818 (0.757) without them. Read as tcheck reads it (real_mt.py --split
    calib --verifier DIR), against the shipped verifier: the alarm's AUC 0.840 against 0.830 (natural
    0.798 against 0.792), recall at 5% of faithful pairs flagged 42.8% / 33.8% (the raters' own)
    against 38.0% / 29.9%; the calibration split's own rewordings read as changed (p > 0.5) 16.5% of
    the time against 22.8%, its planted minimal pairs 95.4% against 95.8%. Within the 0.01 to 0.03
    that a thread count moves AUC by, and the gates were chosen on the shipped verifier's scale: with
    them it let one written negation fewer through (sentences.jsonl 96.3%, below issue 10's floor).
    Not shipped; to measure it properly, retrain the fold verifiers with it and recalibrate. Up to
    three runs put at once instead of one: held-out AUC 0.827 (0.771), the rewordings and minimal
    pairs read as with one. Neither moved how it reads 30 faithful sentence pairs written as a
    human translator and an MT system part ("must" / "has to", "several" / "a number of"): mean
    p(changed) 0.66 for the shipped verifier, 0.62 with either.

    With the meaning-keeping edits too (kept: 718 pairs more, session 37; 9,747 pairs, 609 steps):
    held-out AUC 0.827 (natural changes 0.773). On the written sets' faithful pairs, read as a check
    reads a bead, p(changed) above 0.1 for 44%, 76%, 71% and 66% (sentences, heldout, test, final;
    the shipped verifier 67%, 88%, 89%, 86%), ROC AUC 0.856, 0.782, 0.710, 0.683 (0.836, 0.764,
    0.700, 0.676); on the development set of a human translation against MT (human_mt_dev.jsonl)
    81% above 0.1 against 92%, AUC 0.746 against 0.715. But the written negations above 0.1 fell
    with the faithful pairs (sentences 70% to 59%): the gates at 0.1 would pass fewer false flags
    and fewer opposites alike. Not shipped, for the reasons above.

    Tried and left out:
    - The Minor pairs as faithful (dataset.minor): on the calibration split the first stage puts 24%
      of faithful pairs above 0.9 ("Schengen countries" / "Schengen states": 0.89), and these pairs
      show more of real MT's ordinary differences. AUC rose a little more (0.822, natural 0.759), but
      the verifier learnt to pass a changed word: the nb fixture's reworded quote fell to below 0.1,
      its 340 -> 430 to 0.09. A Minor error is still an error.
    - Clauses of 4 to 16 words cut from the renderings, as short faithful pairs and short planted
      changes (5,026 pairs; all of them, or a third; with the Minor pairs in): the AUC on such short
      pairs of the calibration split rose (0.871 to 0.927), on the raters' natural changes it fell
      (0.759 to 0.725; a third: 0.739), and those are what real MT gets wrong.
    - A describing word swapped for another document's (a WordNet adjective or adverb below Zipf 5.5, not
      its listed opposite: "fundamental" / "recent"), once on the rendering and once on the reference
      both ways round (2,114 pairs more): the adapter's calibration-split AUC fell from 0.818 to 0.800
      (natural changes 0.757 to 0.731), and such swaps on the calibration split rose only from 0.708 to
      0.754 (recall at 5% of faithful pairs flagged 7% to 10%). The model learnt that a changed word is
      a change, and real MT changes words faithfully all the time.
    - The raters' natural changes three times over (2 * natural(split, both_ways=True) more; 12,049 pairs):
      AUC 0.818 to 0.826 on the calibration split (natural changes 0.757 to 0.771), but not where tcheck
      reads it: at 5% of faithful pairs flagged, natural mistranslations were found 15% to 13.5% of the
      time, omissions 15% to 18%, and planted opposites fell from 47.5% to 37.5%. One seed each; worth a
      sweep over seeds on a GPU before it is believed.
    - The rules' own false alarms as hard negatives: the 82 faithful pairs of the train split where the
      rules alone found something (a reworded quote, "thousands" / "millions", "bleak" / "hopeful"),
      four times over, both ways round (656 pairs more). The adapter's calibration-split AUC went from
      0.818 to 0.816 (natural changes 0.757 to 0.751); at 5% of faithful pairs flagged, omissions
      14.7% to 18.1%, mistranslations 15.2% both. The verifier already reads those pairs as faithful
      in training; what it learns there does not reach other documents' misfires."""
    return training_set(split, seed) + sentences(split, seed + 3) \
        + (reworded(split, seed + 4) if rewordings else []) + (kept(split, seed + 5) if kept_edits else [])
