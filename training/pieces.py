"""The verifier told which piece to judge: each pair with one run of words marked «like this» on both
sides, as a rule's finding names what it blames (before, after). Labelled changed only where the run
is the change; a faithful pair's marked run, or a changed pair's run away from its change (a decoy),
is faithful. The issue asks for the verifier to read "the candidate piece where the rules found one";
read whole, a pair that a rule flags scores about as high faithful as changed (calibrate.py's grid
reaches 0.995), and the rules' misfires are what real MT's faithful pairs get flagged for.

    cp tcheck/weights/verifier/* DIR && .venv/bin/python training/train.py --adapter 16 --pieces --out DIR
    ... --pieces --unmarked-too ...              # every pair marked and unmarked: one model for both reads
    .venv/bin/python training/pieces.py DIR      # held-out: the calibration split, marked

Measured so (an adapter over the shipped verifier, 609 steps, 9.5 minutes on 2 CPU cores), on the
calibration split marked the same way, ROC AUC (the shipped verifier reads the same pairs unmarked):

| faithful against                   | marked verifier | shipped |
|------------------------------------|-----------------|---------|
| planted and natural changes        | 0.879           | 0.836   |
| the raters' own changes            | 0.816           | 0.775   |
| the same, within bins of marked length | 0.881 / 0.819 | 0.832 / 0.780 |
| a changed pair's decoy, against its change | 0.812   | 0.499   |

The marked length alone scores 0.727 (0.52 within its bins): changes mark longer runs, and the
model does not live on that. One model serves both reads: trained on every pair unmarked and marked
(`--unmarked-too`: 17,755 pairs, 1,109 steps, 17 minutes), the adapter scored 0.887 / 0.822 marked
(0.874 / 0.809 within the bins; decoys 0.829), and read unmarked as the check reads a bead, 0.816
(the raters' changes 0.770), where the adapter trained without marks scores 0.818 / 0.757.

Not shipped: the pipeline reads a bead once, not each finding with its words marked, and the gates
would need calibrating anew with cross-fitted verifiers so trained.
The marks of a faithful pair are a random run of its differences, not the runs that the rules pick.
On the rules' own findings in the calibration split (normal sensitivity, each finding's before and
after marked by the runs that hold their words, read both ways round): 13 on faithful pairs against
514 on changed ones, AUC 0.646 against the shipped p(changed)'s 0.594 (the kinds that judge meaning:
0.636 against 0.626). The right way, but 13 faithful findings say little; the train split's are
what the verifiers were trained on.

Measured across documents (session 27, benchmarks/accuracy/marked_findings.py), it does not
carry. An adapter over each fold's verifier
(`cp F0/* P0 && train.py --fold 0 --adapter 16 --pieces --unmarked-too --threads 1 --out P0`,
and the same for fold 1: 395 and 714 steps, 18 and 22 minutes in parallel on 2 cores), each reading
the rules' findings (normal sensitivity) on the train split's documents that its fold left out, with
each finding's words marked as above. ROC AUC of the findings on faithful pairs against those on
changes, the fold's verifier reading the bead unmarked (as the check does) against its adapter
reading it marked:

| fold | findings (on faithful pairs) | unmarked | marked | the kinds that judge meaning: unmarked, marked |
|------|------------------------------|----------|--------|-----------------------------------------------|
| 0    | 742 (53)                     | 0.721    | 0.654  | 0.722, 0.667 (470 findings, 50 faithful)      |
| 1    | 446 (14)                     | 0.636    | 0.520  | 0.624, 0.557 (244, 10)                        |

On the calibration split marked (this module's report), the adapters scored 0.733 and 0.799 against
their base's 0.727 and 0.791 unmarked, and told a decoy from its change at 0.486 and 0.560: trained
on a fold of the train split, they barely learned to read the marks.
"""
from __future__ import annotations

import random
import re
import sys
from dataclasses import replace

import dataset

Ranges = dataset.Ranges
OPEN, CLOSE = "«", "»"  # both in all-MiniLM-L6-v2's vocabulary, and rare in news copy


def runs(a: str, b: str) -> list[tuple[Ranges, Ranges]]:
    """The runs of words that differ between two texts (dataset.differing), each as its character range
    on either side (() on the side that lacks it)."""
    def whole(words: list[re.Match]) -> Ranges:
        return ((words[0].start(), words[-1].end()),) if words else ()

    return [(whole(x), whole(y)) for x, y in dataset.differing(a, b)]


def wrap(text: str, ranges: Ranges) -> str:
    for start, end in sorted(set(ranges), reverse=True):
        text = text[:start] + OPEN + text[start:end] + CLOSE + text[end:]
    return text


def _overlaps(ranges: Ranges, marks: Ranges | None) -> bool:
    return any(s < e2 and s2 < e for s, e in ranges for s2, e2 in (marks or ()))


def marked(examples: list[dataset.Example], seed: int, decoys: bool = True) -> list[dataset.Example]:
    """Each example with one piece marked: a faithful pair's random run of differences; a change's
    runs that hold its changed words (where the change is known: planted changes and the raters'
    spans), and for half of those a decoy (another run, labelled faithful, kind "decoy:<kind>"). A
    change whose words are not known stays unmarked."""
    rng = random.Random(seed)
    out = []
    for e in examples:
        known_a, known_b = e.marks
        differ = runs(e.reference, e.rendering)
        if e.label == "faithful":
            if differ:
                a, b = rng.choice(differ)
                e = replace(e, reference=wrap(e.reference, a), rendering=wrap(e.rendering, b))
            out.append(e)
            continue
        hit = [(a, b) for a, b in differ if _overlaps(a, known_a) or _overlaps(b, known_b)]
        if not hit:
            out.append(e)
            continue
        out.append(replace(e, reference=wrap(e.reference, tuple(r for a, _ in hit for r in a)),
                           rendering=wrap(e.rendering, tuple(r for _, b in hit for r in b))))
        if decoys and rng.random() < 0.5:
            others = [r for r in differ if r not in hit]
            if others:
                a, b = rng.choice(others)
                out.append(replace(e, reference=wrap(e.reference, a), rendering=wrap(e.rendering, b),
                                   label="faithful", kind=f"decoy:{e.kind}"))
    return out


def report(folder: str) -> None:
    """Held-out scores of a marked verifier against the shipped one, on the calibration split."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    from tcheck.backends.verifier import CrossEncoderVerifier

    held = dataset.faithful("calib") + dataset.natural("calib") + dataset.planted("calib", 113, per_kind=40)
    held = marked(held, 777)

    def changed(verifier, pairs: list[tuple[str, str]]) -> np.ndarray:
        return 1 - verifier.classify([a for a, _ in pairs], [b for _, b in pairs])[:, 0]

    def unmarked(text: str) -> str:
        return text.replace(OPEN, "").replace(CLOSE, "")

    scores = {"marked verifier": changed(CrossEncoderVerifier(folder), [(e.reference, e.rendering) for e in held]),
              "shipped, unmarked": changed(CrossEncoderVerifier(),
                                           [(unmarked(e.reference), unmarked(e.rendering)) for e in held])}
    length = np.array([sum(len(x) for x in re.findall(f"{OPEN}([^{CLOSE}]*){CLOSE}", e.reference + e.rendering))
                       for e in held], dtype=float)
    scores["marked length alone"] = length
    kind = [e.kind for e in held]
    faithful = np.array([k == "faithful" for k in kind])
    decoy = np.array([k.startswith("decoy:") for k in kind])
    true = np.array([e.label != "faithful" and OPEN in e.reference + e.rendering for e in held])
    natural = true & np.array([k.startswith("natural_") for k in kind])

    def auc(s, neg, pos):
        mask = neg | pos
        return roc_auc_score(pos[mask], s[mask])

    def binned(s, neg, pos, edges=(0, 12, 20, 30, 45, 70, 10**6)):
        """The mean AUC within bins of marked length, weighted by their pairs."""
        got = []
        for lo, hi in zip(edges, edges[1:]):
            b = (length > lo) & (length <= hi)
            if (pos & b).any() and (neg & b).any():
                got.append((auc(s[b], neg[b], pos[b]), (b & (neg | pos)).sum()))
        return sum(a * n for a, n in got) / sum(n for _, n in got)

    print(f"calibration split, marked: {faithful.sum()} faithful, {true.sum()} changes ({natural.sum()} the raters'), "
          f"{decoy.sum()} decoys")
    print(f"{'ROC AUC':20s} {'changes':>8s} {'raters':>8s} {'binned':>15s} {'decoys':>8s}")
    for name, s in scores.items():
        print(f"{name:20s} {auc(s, faithful, true):8.3f} {auc(s, faithful, natural):8.3f} "
              f"{binned(s, faithful, true):7.3f}/{binned(s, faithful, natural):.3f} {auc(s, decoy, true):8.3f}")


if __name__ == "__main__":
    report(sys.argv[1])
