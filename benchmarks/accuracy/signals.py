"""Signals beside the verifier, measured on the real-MT pool (never the test split):

    python benchmarks/accuracy/signals.py

1. Findings: does the token support of the words a rule's finding blames (its spans) tell the
   findings on faithful pairs from those on changed pairs better than the verifier's p(changed)?
   ROC AUC per kind, then a logistic regression over the verifier and the kind with and without the
   supports, fitted by document in five folds.
2. Pairs: does a logistic regression over the verifier's alarm, cosine, chrF, token support and
   length rank faithful pairs against changed ones better than the alarm alone? Fitted on the
   calibration split by document in five folds: the verifier was trained on the train split, so a
   fit there learns to trust it alone.

Session 40's answer, in docs/verifier.md: neither adds to the verifier.
"""
from __future__ import annotations

import numpy as np
from claims_grid import pool
from evaluate import CachedEmbedder, CachedVerifier, collect
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from tcheck import score, support
from tcheck.backends.sbert import SbertEmbedder
from tcheck.backends.verifier import CrossEncoderVerifier
from tcheck.pipeline import Config, judge

KINDS = (("polarity", "opposite"), ("quote",), ("hedge",), ("partial",), ("name", "negation"), ("number", "date"))
PAIR_FEATURES = (("alarm",), ("alarm", "cosine"), ("alarm", "cosine", "chrf", "support", "mean support", "length"))


def main() -> None:
    items = [it for it in pool() if it["original"].strip() and it["translation"].strip()]
    sbert = SbertEmbedder(bfloat16=False)
    verifier = CrossEncoderVerifier(None)
    findings(items, sbert, verifier)
    pairs(items, sbert, verifier)


def findings(items: list[dict], sbert, verifier) -> None:
    collected = collect(items, CachedEmbedder(sbert), CachedVerifier(verifier), Config.for_sensitivity("normal"), True)
    rows = [(it, f) for it, c in zip(items, collected) for f in c.findings
            if f.verifier is not None and f.original and f.translation_en
            and (f.kind == "partial" or (f.type == "altered" and f.kind != "meaning"))]
    tokens = _tokens(sbert, [t for _, f in rows for t in (f.original, f.translation_en)])

    def spans_support(f) -> float:
        sides = [(f.original, f.before_spans, f.translation_en), (f.translation_en, f.after_spans, f.original)]
        found = [support.of_piece(tokens[own], s, e, tokens[other].vectors) for own, where, other in sides
                 for s, e in where]
        return min(found, default=1.0)

    y = np.array([it["label"] != "faithful" for it, _ in rows])
    v = np.array([f.verifier for _, f in rows])
    local = np.array([spans_support(f) for _, f in rows])
    whole = np.array([support.weakest(tokens[f.original].vectors, tokens[f.translation_en].vectors) for _, f in rows])
    print(f"1. {len(rows)} findings of the rules, {int((~y).sum())} of them on faithful pairs")
    for kinds in KINDS:
        k = np.array([f.kind in kinds for _, f in rows])
        if y[k].all() or not y[k].any():
            continue
        print(f"   {'/'.join(kinds):18s} n={k.sum():4d} faithful={int((~y[k]).sum()):3d}  AUC verifier "
              f"{roc_auc_score(y[k], v[k]):.3f}, the spans' support {roc_auc_score(y[k], -local[k]):.3f}")
    kind = np.array([[f.kind in kinds for kinds in KINDS] for _, f in rows], dtype=float)
    docs = np.array([it["doc"] for it, _ in rows])
    base = np.column_stack([_logit(v), kind])
    for name, x in (("verifier and kind", base), ("... and both supports", np.column_stack([base, local, whole]))):
        print(f"   logistic regression, {name}: AUC {roc_auc_score(y, _folded(x, y, docs)):.3f}")


def pairs(items: list[dict], sbert, verifier) -> None:
    calib = [it for it in items if it["split"] == "calib"]
    originals, renderings = [it["original"] for it in calib], [it["translation"] for it in calib]
    judged = judge(verifier, originals, renderings)
    a, b = sbert.embed_batch(originals), sbert.embed_batch(renderings)
    tokens = _tokens(sbert, originals + renderings)
    columns = {
        "alarm": _logit(np.array([j.alarm for j in judged])),
        "cosine": (a * b).sum(axis=1),
        "chrf": np.array([score.sentence_chrf(r, o) for o, r in zip(originals, renderings)]) / 100,
        "support": np.array([min(support.weakest(tokens[o].vectors, tokens[r].vectors),
                                 support.weakest(tokens[r].vectors, tokens[o].vectors))
                             for o, r in zip(originals, renderings)]),
        "mean support": np.array([min(_mean_best(tokens[o].vectors, tokens[r].vectors),
                                      _mean_best(tokens[r].vectors, tokens[o].vectors))
                                  for o, r in zip(originals, renderings)]),
        "length": np.array([abs(np.log((len(r.split()) + 1) / (len(o.split()) + 1)))
                            for o, r in zip(originals, renderings)]),
    }
    y = np.array([it["label"] != "faithful" for it in calib])
    natural = np.array([it["label"] == "faithful" or it["label"].startswith("natural") for it in calib])
    docs = np.array([it["doc"] for it in calib])
    print(f"2. {len(calib)} pairs of the calibration split; AUC of all changes (natural changes)")
    print(f"   the alarm as it stands: {roc_auc_score(y, columns['alarm']):.3f} "
          f"({roc_auc_score(y[natural], columns['alarm'][natural]):.3f})")
    for names in PAIR_FEATURES:
        s = _folded(np.column_stack([columns[n] for n in names]), y, docs)
        print(f"   logistic regression over {', '.join(names)}: {roc_auc_score(y, s):.3f} "
              f"({roc_auc_score(y[natural], s[natural]):.3f})")


def _tokens(sbert, texts: list[str]) -> dict:
    texts = list(dict.fromkeys(texts))
    out = {}
    for start in range(0, len(texts), 256):
        part = texts[start:start + 256]
        out.update(zip(part, sbert.tokens(part)))
    return out


def _mean_best(a: np.ndarray, b: np.ndarray) -> float:
    return float((a @ b.T).max(axis=1).mean()) if len(a) and len(b) else 0.0


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-5, 1 - 1e-5)
    return np.log(p / (1 - p))


def _folded(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each row's score from a model fitted on the other documents' rows (five folds)."""
    out = np.zeros(len(y))
    for fit, held in GroupKFold(5).split(x, y, groups):
        out[held] = LogisticRegression(max_iter=2000).fit(x[fit], y[fit]).decision_function(x[held])
    return out


if __name__ == "__main__":
    main()
