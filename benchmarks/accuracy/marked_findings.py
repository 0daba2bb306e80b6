"""Does a verifier that reads the piece a rule blames judge the rules' findings better than one that
reads the bead whole? Measured across documents (training/pieces.py gives the numbers):

    python benchmarks/accuracy/marked_findings.py F0 P0 F1 P1

F<k>: a fold's verifier (training/train.py --fold K); P<k>: an adapter over it trained to read marks
(--fold K --adapter 16 --pieces --unmarked-too). Each pair scores the rules' findings (normal
sensitivity) on the train split's documents of fold K, which neither saw: F<k> reading the bead
unmarked, as the check does, and P<k> reading it with the finding's words marked («»). Printed per
fold: ROC AUC of the findings on faithful pairs against those on changes.
"""
from __future__ import annotations

import sys

import numpy as np
from calibrate import TRAIN_PER_KIND
from evaluate import CachedEmbedder, CachedVerifier, collect
from real_mt import items
from sklearn.metrics import roc_auc_score

import pieces  # noqa: E402  (on the path that real_mt puts training/ on)
import realmt  # noqa: E402
from tcheck import pipeline
from tcheck.backends.sbert import SbertEmbedder
from tcheck.backends.verifier import CrossEncoderVerifier
from tcheck.lexical import words
from tcheck.types import Finding

MEANING = ("opposite", "polarity", "hedge", "partial", "quote", "claim")  # the kinds that judge meaning


def marked(f: Finding) -> tuple[str, str] | None:
    """The finding's bead with the runs of differing words that hold its before or after marked; None
    where none does (a placeholder such as "stated as fact" names no words)."""
    a, b = f.original or "", f.translation_en or ""
    before, after = set(words(f.before or "")), set(words(f.after or ""))

    def held(text: str, ranges) -> set[str]:
        return set().union(*(words(text[s:e]) for s, e in ranges))

    hit = [(x, y) for x, y in pieces.runs(a, b) if before & held(a, x) or after & held(b, y)]
    if not hit:
        return None
    return pieces.wrap(a, tuple(r for x, _ in hit for r in x)), pieces.wrap(b, tuple(r for _, y in hit for r in y))


def main(folders: list[str]) -> None:
    embedder = CachedEmbedder(SbertEmbedder(bfloat16=False))
    config = pipeline.Config.for_sensitivity("normal")
    train = items("train", per_kind=TRAIN_PER_KIND, max_faithful=10**6)  # as calibrate.py --crossfit reads it
    folds = len(folders) // 2
    for k in range(folds):
        unseen = [it for it in train if realmt.fold_of(it["doc"], folds) == k]
        whole = CachedVerifier(CrossEncoderVerifier(folders[2 * k]))
        rows = [(c.label != "faithful", f.kind, f.verifier, marked(f))
                for c in collect(unseen, embedder, whole, config, translated=True)
                for f in c.findings if f.kind != "meaning" and f.verifier is not None]
        rows = [r for r in rows if r[3]]
        piece = CrossEncoderVerifier(folders[2 * k + 1])
        judged = pipeline.judge(piece, [m[0] for *_, m in rows], [m[1] for *_, m in rows])
        print(f"fold {k}: {len(rows)} findings marked, {sum(not r[0] for r in rows)} of them on faithful pairs")
        for name, keep in (("all kinds", lambda kind: True),
                           ("kinds that judge meaning", lambda kind: kind in MEANING)):
            chosen = [(r, j.changed) for r, j in zip(rows, judged) if keep(r[1])]
            changed = np.array([r[0] for r, _ in chosen])
            unmarked = roc_auc_score(changed, [r[2] for r, _ in chosen])
            print(f"  {name}: {len(chosen)} findings, ROC AUC unmarked {unmarked:.3f}, "
                  f"marked {roc_auc_score(changed, [m for _, m in chosen]):.3f}")


if __name__ == "__main__":
    if len(sys.argv) < 3 or len(sys.argv) % 2 == 0:
        sys.exit("usage: marked_findings.py F0 P0 [F1 P1 ...]")
    main(sys.argv[1:])
