"""The verify stage: the learned verifier's judgement of each aligned pair, applied to the findings. Pure.

The rules (facts/, claims.py, partial.py) propose findings with the words they blame; the verifier
reads each aligned pair whole and gives the probability that its meaning changed. Every finding of
an aligned pair is kept only where that probability reaches its kind's gate, calibrated per kind
(benchmarks/accuracy/calibrate.py): the exact kinds (numbers, dates, names, a negative particle,
quotes in an English rewrite) have a gate of zero, since a rule that sees 340 become 430 is right
however the pair reads; the kinds that judge meaning by word lists and embeddings (opposites,
polarity, hedges, parts of claims, quotes in MT) get the gate that their false alarms on real MT
call for, and so do names and negative particles in MT (gate_key), which two systems may render
two ways. Where no rule's finding stands (none was found, or its gate dropped it) and the verifier
is sure (its judgement sharpened by token support), it raises a finding of its own, of kind
`meaning`, blaming the run of words that its marker points to (marker.py; else the run with the most
content words the other side lacks). A whole sentence with no counterpart has no pair to read and
stands as it is. (Read with a neighbour instead, the neighbour's original with it against the
neighbour's English, the verifier put the calibration split's faithful merges, "S1. S2." rendered as
"S1, which S2.", at p(changed) 0.99, as high as real drops: no gate could keep one and pass the other.)
"""
from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from . import spans
from .facts import names
from .lexical import stems
from .severity import severity
from .types import Bead, Finding
from .unknown import MARK, unmark

CLASSES = ("faithful", "altered", "dropped", "added")
Marks = tuple[tuple[int, int, float], ...]  # the verifier's marker on a text's tokens: (start, end, log-odds)


@dataclass(frozen=True)
class VerifyConfig:
    """The p(changed) that a finding of each kind needs to stand, and that the verifier needs to
    raise a finding of its own. Kinds not named in `gates` need `default`."""

    gates: dict[str, float] = field(default_factory=dict)  # e.g. {"number": 0.0, "hedge": 0.1}
    default: float = 0.5
    raised: float = 0.9
    # On a weak link (a bead less similar than align's link, such as a sentence in its slot, align.in_slot)
    # where no rule's finding stands, the cross-encoder's own p(changed) at which it raises a finding.
    weak_raised: float = 2.0

    def raise_at(self, weak: bool) -> float:
        """The score at which the verifier raises a finding of its own: `weak_raised` on a weak link
        (a pair less similar than align's link), else `raised`. Above 1 it raises nothing there, and
        only a rule's finding needs the pair read."""
        return self.weak_raised if weak else self.raised

    def gate(self, kind: str, verbatim: bool, exact: bool = False) -> float:
        # A table that names no gate for the finding's own key (no "name_mt", no "quote_rewrite") gates
        # it as its kind.
        return self.gates.get(gate_key(kind, verbatim, exact), self.gates.get(kind, self.default))


# The rules' kinds that have gates of their own in MT, where one system's run-in headline capitalises
# what another writes plainly, and "not having" is another's "be free of": a rewrite has no such excuse.
# Numbers and dates stay exact: the real-MT pool's faithful pairs flagged for a number were all
# "thousands of stores" against "millions of stores" (a change the raters left unmarked), which the
# verifier scored 0.08 to 0.23; a gate there would learn to let magnitudes pass.
APART_IN_MT = ("name", "negation")


def gate_key(kind: str, verbatim: bool, exact: bool = False) -> str:
    """The gate that a finding of `kind` answers to: a quote in an English rewrite must keep its very
    words, an exact fact gated apart ("quote_rewrite"); an exact kind in MT has its own ("name_mt"),
    unless the finding is `exact` in MT too (exact_in_mt)."""
    if kind == "quote" and verbatim:
        return "quote_rewrite"
    return f"{kind}_mt" if kind in APART_IN_MT and not verbatim and not exact else kind


def exact_in_mt(kind: str, before: str | None, after: str | None) -> bool:
    """Whether a finding is exact however the MT renders names: one place put for another ("Kyiv" /
    "Lviv", "Bern" / "Turkey": names.swapped), a common word put for a place ("Turkey" / "Speed":
    names.unplaced), or a place named on one side alone, apart from every place the other names (the
    name comparator reports no other name on one side alone). Two systems spell a place two ways, never
    as another place or a common word; the verifier, which reads such a pair at 0.3 to 0.98, would let
    the sentence decide what its one word does."""
    return kind == "name" and (not before or not after or names.swapped(before, after)
                               or names.unplaced(before, after) or names.unplaced(after, before))


@dataclass(frozen=True)
class Judgement:
    """The verifier's probabilities for one aligned bead, in CLASSES order. `probs` judge the rules'
    findings; `sharpened`, the same moved by the pair's token support (support.py) where the verifier
    offers it, decide whether it raises a finding of its own. Split because they answer different
    questions: whether the words a rule blames changed the meaning (the cross-encoder, trained on
    minimal pairs, reads that best), and whether anything did (a word of the original left with no
    match is the raters' commonest error, which the cross-encoder ranks poorly)."""

    probs: tuple[float, ...]
    sharpened: tuple[float, ...] | None = None

    @property
    def changed(self) -> float:
        return 1.0 - self.probs[0]

    @property
    def alarm(self) -> float:
        return 1.0 - (self.sharpened or self.probs)[0]

    @property
    def verdict(self) -> str:
        """The likeliest kind of change (never "faithful": asked only once a change is likely)."""
        return max(CLASSES[1:], key=lambda c: self.probs[CLASSES.index(c)])


def apply(findings: list[Finding], beads: list[Bead], judgements: dict[int, Judgement],
          texts: dict[int, tuple[str, str, str]], cfg: VerifyConfig, verbatim: bool,
          weak_below: float = 0.0, misrendered: Callable[[int], bool] = lambda k: False,
          marked: bool = False) -> list[Finding]:
    """Gate the rules' findings and add the verifier's own.

    `judgements` and `texts` (original, translation, its English) are keyed by bead index, for the
    beads with both sides. A bead less similar than `weak_below` (align's link) is a weak link: there
    the verifier raises on its own p(changed) at `cfg.weak_raised`, since the embedding already
    doubts the pair, and the token support that sharpens `alarm` reads every reworded sentence as
    changed. `misrendered`: whether the source shows that the MT got a bead's English wrong (a number
    or a negation, facts.misrendered); the verifier reads only that English, so it raises nothing of
    its own there. Asked only of a bead where it would raise one, since reading the source costs.
    `marked`: the English marks the words that the MT could not translate (tcheck/unknown.py).
    """
    by_sides = {(b.original, b.translation): k for k, b in enumerate(beads)}
    out, found_in = [], set()
    for f in findings:
        k = by_sides.get((f.original_index, f.translation_index))
        j = judgements.get(k) if k is not None else None
        if j is None:
            out.append(f)
            continue
        if j.changed >= cfg.gate(f.kind, verbatim, exact_in_mt(f.kind, f.before, f.after)):
            out.append(replace(f, verifier=round(j.changed, 3)))
            found_in.add(k)  # a finding its gate dropped leaves the bead to the verifier, as if none were found
    for k in sorted(judgements):
        j, weak = judgements[k], beads[k].similarity < weak_below
        score = j.changed if weak else j.alarm
        if k in found_in or score < cfg.raise_at(weak) or misrendered(k):
            continue
        o_text, t_text, e_text = texts[k]
        out.append(raised(beads[k], j, o_text, t_text, e_text, score, marked))
    return out


def raised(bead: Bead, j: Judgement, o_text: str, t_text: str, e_text: str, score: float,
           marked: bool = False) -> Finding:
    """The verifier's own finding: its verdict, and the words to blame as content words name them
    (the pipeline then asks the verifier's marker, where it has one: blamed)."""
    f = Finding(j.verdict, "meaning", severity("meaning"), o_text, t_text, e_text,
                original_index=bead.original, translation_index=bead.translation,
                similarity=round(bead.similarity, 3), verifier=round(score, 3))
    return blamed(f, (), marked)


def blamed(f: Finding, marks: Marks, marked: bool = False) -> Finding:
    """The verifier's own finding with the words to blame named by `marks` on its English read as
    the verifier reads it, without MT's unknown-word marks (verify.blame). What was dropped is not in
    the English to mark: there the content words decide."""
    english = f.translation_en or ""
    plain = unmark(english, marked)
    ra, rb = _blamed_runs(f.original or "", plain, marks if f.type != "dropped" else ())
    return replace(f, before=_joined(ra) or None, after=_joined(rb) or None, before_spans=spans.run(ra),
                   after_spans=spans.back(spans.run(rb), plain, english))


def untranslated(f: Finding) -> bool:
    """Whether the verifier's own finding blames a word that the MT marked as one it could not
    translate ("*desalojadas"): the English lacks that word's meaning because the MT did, whatever
    the translation says."""
    english = f.translation_en or ""
    return f.kind == "meaning" and any(MARK.search(english, max(start - 1, 0), end)
                                       for start, end in f.after_spans)


_WORD = re.compile(r"\w[\w'’.,-]*\w|\w")


def blame(a: str, b: str, marks: Marks = ()) -> tuple[str, str]:
    """The replaced, dropped or added run of words to blame. With the verifier's `marks` on `b`'s
    tokens: the run of `b`'s words that holds the most marked token, where some token of a run is
    marked more likely than not to carry the change (training/marker.py measures it); else the run
    that holds the most content words the other side lacks."""
    ra, rb = _blamed_runs(a, b, marks)
    return _joined(ra), _joined(rb)


def _blamed_runs(a: str, b: str, marks: Marks) -> tuple[list[re.Match], list[re.Match]]:
    """blame's runs, as the words of `a` and of `b` (either may be empty)."""
    wa, wb = list(_WORD.finditer(a)), list(_WORD.finditer(b))
    matcher = difflib.SequenceMatcher(None, [w.group(0).lower() for w in wa], [w.group(0).lower() for w in wb],
                                      autojunk=False)
    runs = [(wa[i1:i2], wb[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]

    def marked(run) -> float:
        return max((p for start, end, p in marks for w in run[1] if start < w.end() and end > w.start()),
                   default=-math.inf)

    best = max(runs, key=marked, default=None)
    if best is not None and marked(best) >= 0.0:  # log-odds: more likely than not
        return best
    sa, sb = stems(a), stems(b)

    def lacking(run) -> int:
        return len(stems(_joined(run[0])) - sb) + len(stems(_joined(run[1])) - sa)

    best = max(runs, key=lacking, default=None)
    if best is None or lacking(best) == 0:
        return [], []
    return best


def _joined(words: list[re.Match]) -> str:
    return " ".join(w.group(0) for w in words)
