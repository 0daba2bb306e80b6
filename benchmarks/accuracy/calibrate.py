"""Calibrate the verifier's gates and write them into tcheck/thresholds.json.

    python benchmarks/accuracy/calibrate.py            # writes the gates
    python benchmarks/accuracy/calibrate.py --folds 4  # writes nothing: how the choice carries across documents
    python benchmarks/accuracy/calibrate.py --crossfit F0 F1   # the train split too, scored by verifiers
                                                               # that never saw it

Measured on the calibration split of the real-MT corpus (training/realmt.py: documents never trained
on), on the train split's faithful pairs, and on the sentence sets written here that serve as
development sets (sentences, heldout, test, final, sealed2). Never on the real-MT test split, nor on
sealed.jsonl.

Why the train split's faithful pairs too: the calibration split is 8 documents, and the false alarms
of real MT cluster by document (a quoted term, an attribution, a word such as "prevention" that one
story repeats). With the calibration split alone, the rules flagged 7% of its faithful pairs and no
quote or opposite among them, so the walk left those kinds ungated, and 17% of the test split's
faithful pairs were flagged. The train split's 789 faithful pairs (15% flagged by the rules alone)
show the kinds that misfire. The verifier was trained on them as faithful, so its scores there are
optimistic (lower than on unseen text): a gate chosen on them errs towards flagging, not towards
silence. Changes (whose recall the walk weighs) come from the calibration split alone.

With --crossfit, the whole train split joins the pool instead (its faithful pairs, the raters' Major
errors and TRAIN_PER_KIND planted changes per kind), each document's pairs judged by a verifier that
never saw it: F0 and F1, trained by `training/train.py --fold 0` and `--fold 1` with the shipped
verifier's splits (each leaves its fold of the documents out), their scores put on the shipped
verifier's scale (on_scale_of). Why: the shipped verifier scores the pairs it was trained on as
faithful far more surely than text it never saw. On the train split's second fold, the normal gates
chosen that way flagged 9.9% of its faithful pairs by the shipped verifier's scores and 11.8% by the
fold's own (the rules alone 12.2%; on the test split 13.0% and 14.8%). Where the shipped verifier was
trained on the calibration split too (`train.py --also calib`, named in its verifier.json), the fold
verifiers judge its documents as well, and the scale is read on the written sets, the only pairs that
none of them saw; without --crossfit such a verifier cannot be calibrated.

Each pair is checked once with nothing gated (evaluate.collect); every setting (a gate per finding
kind, and the verifier's own threshold) is then decided from the findings' verifier scores. From the
rules alone, a greedy walk raises one gate at a time, the one that removes the most false flags per
point of mean recall lost (real-MT change kinds and the written-here typed recall, weighted alike),
among the steps that keep every kind of change in the written sets at its floor (FLOORS): the curve
that --sensitivity moves along. Each sensitivity takes the point of best recall whose faithful pairs
flagged stay within its budget on both kinds of data. The alignment and claims thresholds stay as
chosen on earlier grids.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from evaluate import (LABELS, REAL_LABELS, CachedEmbedder, CachedVerifier, Collected, collect, decide, load,
                      on_weak_link, table)
from real_mt import faithful_items, items

import realmt  # noqa: E402  (on the path that real_mt puts training/ on)

from tcheck.backends.sbert import SbertEmbedder
from tcheck.backends.verifier import PACKAGED, CrossEncoderVerifier
from tcheck.pipeline import Config, judge
from tcheck.verify import APART_IN_MT, VerifyConfig, exact_in_mt, gate_key

OUT = Path(__file__).resolve().parents[2] / "tcheck" / "thresholds.json"
FIXTURES = OUT.parents[1] / "fixtures"
DEV_SETS = ("sentences.jsonl", "heldout.jsonl", "test.jsonl", "final.jsonl", "sealed2.jsonl")
# Faithful pairs flagged, at most: (real MT, written here). High's is set for what the pool showed: at
# (8%, 5%) no point past normal's (6.6%, 2.7%) fitted, so high was normal with one gate opened (7.5%,
# mean recall 80.2% against 80.1%), no more ready to flag. At (10%, 6%) the verifier raises findings of
# its own where it is surest (9.9%, 83.5%; the raters' mistranslations 42% to 48%, omissions 55% to 62%).
BUDGETS = {"low": (0.02, 0.02), "normal": (0.04, 0.03), "high": (0.10, 0.06)}
# In an English rewrite the rules are exact about numbers, dates, names, a negative particle and
# quotes: those findings are never gated (measured: a gate of 0.35 on numbers lost 16% of the written
# sets' number changes). The kinds that judge meaning get a gate each, and so do names and negative
# particles in MT (verify.gate_key), where two systems name a company or say "not" two ways: the
# written sets, all rewrites, never see those gates, and the real-MT pool decides them. (Before the
# split, a gate on negative particles everywhere, 0.9, removed 0.1 point of the pool's false flags.)
EXACT = ("number", "date", "name", "quote_rewrite", "negation")
KINDS = ("opposite", "polarity", "hedge", "partial", "quote") + tuple(f"{k}_mt" for k in APART_IN_MT)
# The verifier's p(changed) runs high on every pair that a rule found something in, changed or not: on
# the train split's documents that it never saw (--crossfit), the hedge findings of faithful pairs had a
# median of 0.96 and those of changes 0.99 (ROC AUC 0.90 between them), so the grid reaches up there.
GATES = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 0.9, 0.95, 0.98, 0.99, 0.995]
# The verifier's own finding on a weak link (verify.apply), not walked: measured at normal on the
# calibration split, the train split's faithful pairs and the written sets, every value from 0.8 to
# 0.95 found the same (the raters' mistranslations 23% -> 25%) with no faithful pair flagged more.
WEAK_RAISED = 0.9
# The typed recall below which no gate may take a kind of change in the written sets (issue 10's
# targets), nor lower one that the rules alone leave below it. Measured (session 26): one floor of 90%
# for all let a walk (with the rule tried below) gate polarity at 0.98, and the sentences set's
# negations fell from 100% to 92.6% while the pooled mean barely moved (98.2% to 98.1%).
FLOORS = {"number": 0.97, "date": 0.97, "name": 0.97, "negation": 0.97, "dropped": 0.97, "added": 0.97,
          "hedge": 0.9, "quote": 0.9, "partial_drop": 0.9, "added_clause": 0.9}
RAISED = [0.99, 0.995, 0.998, 0.999, 0.9995, 2.0]  # the sharpened alarm runs high; 2.0: it raises nothing
# Where no point of the curve meets a sensitivity's budgets (the pooled faithful pairs flag more than
# 4% however the gates stand), it takes the fewest false flags among the points reached by steps
# worth at least this much: false-flag points removed per recall point lost. Low takes the walk's far
# end; normal stops where a step would cost more recall than it removes false flags.
# Planted changes per kind on the train split's clean renderings, with --crossfit (40 on the calibration split).
TRAIN_PER_KIND = 80
KNEE = {"low": 0.0, "normal": 1.0, "high": 1.0}  # 2.0: the verifier raises nothing of its own
# Tried and left (session 26): a step must silence false flags in at least two of the pool's
# documents, since real MT's cluster by document. With FLOORS, no gate then qualified at
# normal (the pool's faithful pairs 6.6% flagged, as the rules alone); the steps it refused (polarity
# at 0.7, quotes in MT at 0.5) had taken the test split from 14.8% to 13.0%.
# Tried and left (session 27): gates of their own in MT for the kinds that judge meaning too
# (verify.APART_IN_MT with opposite, polarity, hedge and partial), so that the walk may gate them in
# MT past the written sets' floors. On the pool, normal then met its budget: 4.0% of faithful pairs
# flagged, mean recall 72.6% (against 6.0%, 79.5%). Across documents (--folds 4) it removed no false
# flag on any held-out fold (10.3, 2.7, 5.8, 12.6%, as before) and cost the fourth fold 5 points of
# recall (78.0% to 72.8%): on this verifier's scores, what a gate learns of one story's misfires does
# not carry to another's.


def gold_caps() -> dict[str, float]:
    """Per gated kind, the highest gate that keeps the fixtures' gold findings (the tests hold every
    level's output to them): each gold finding's verifier score, the fixtures checked with every gate
    open. Why: read both ways round, the pool's best point at normal gated quotes in MT at 0.995 and
    lost the nb fixture's reworded quote ("deeply disappointed" / "svært overrasket"), a real change."""
    # Checked as a user checks them (tcheck's ONNX models: the benchmarks' own scores within 1e-6).
    from tcheck.checker import Checker, Source

    open_gates = replace(Config(), verify=VerifyConfig(dict.fromkeys(KINDS, 0.0), raised=2.0, weak_raised=WEAK_RAISED))
    checker, caps = Checker(config=open_gates), dict.fromkeys(KINDS, 1.0)
    for name, files in (("nb-council", ("original.en.txt", "translation.nb.txt", "mt.en.txt")),
                        ("en-rewrite", ("original.en.txt", "rewrite.en.txt"))):
        texts = [(FIXTURES / name / f).read_text(encoding="utf-8") for f in files]
        sources = [Source(t, f, f.split(".")[-2]) for t, f in zip(texts, files)]
        findings = checker.check(*sources).findings
        for g in json.loads((FIXTURES / name / "gold.json").read_text(encoding="utf-8"))["findings"]:
            key = gate_key(g["kind"], name == "en-rewrite", exact_in_mt(g["kind"], g.get("before"), g.get("after")))
            if key not in KINDS:  # an exact fact of a rewrite: never gated
                continue
            # A finding with no score (its pair was not read) stands whatever the gate: it caps nothing.
            score = max((f.verifier for f in findings if f.verifier is not None and _is_gold(f, g)), default=1.0)
            caps[key] = min(caps[key], score)
    print(f"gates capped by the fixtures' gold findings: { {k: v for k, v in caps.items() if v < 1.0} }")
    return caps


def _is_gold(f, g: dict) -> bool:
    """Whether finding `f` is gold finding `g`, as the tests hold it (tests/conftest.py): its type and
    kind, and on each side the gold's text within the finding's, or neither side there at all."""
    def side(gold: str | None, found: str | None) -> bool:
        return found is None if gold is None else gold in (found or "")

    return (f.type, f.kind) == (g["type"], g["kind"]) and side(g["original"], f.original) \
        and side(g["translation"], f.translation)


def mean_recall(rows: dict, labels: list[str], key: str) -> float:
    return float(np.mean([rows[label][key] for label in labels if rows[label]["n"]]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=0,
                    help="write nothing: calibrate on all documents but one fold's, and measure on that fold, for each")
    ap.add_argument("--crossfit", nargs="+", type=Path, metavar="DIR",
                    help="verifiers trained with training/train.py --fold K (K = 0, 1, ... in order): each "
                         "scores the documents of its own fold, changes and all (the train split's, and the "
                         "calibration split's where the shipped verifier was trained on it)")
    args = ap.parse_args()
    seen, _ = realmt.trained_on(PACKAGED)
    for k, folder in enumerate(args.crossfit or []):  # before the work, not after it
        _check_fold(folder, k, len(args.crossfit), seen)
    if "calib" in seen and not args.crossfit:
        raise SystemExit("calibrate.py: the shipped verifier was trained on the calibration split: "
                         "give it verifiers that were not (--crossfit F0 F1)")
    embedder = CachedEmbedder(SbertEmbedder(bfloat16=False))
    verifier = CachedVerifier(CrossEncoderVerifier())
    config = Config.for_sensitivity("normal")
    calib, written_items = items("calib"), [it for name in DEV_SETS for it in load(name)]
    pool: list[dict] = []
    real: list[Collected] = []
    if args.crossfit:
        train = items("train", per_kind=TRAIN_PER_KIND, max_faithful=10**6)
        if "calib" in seen:  # every document is the folds' to judge; the scale is read on the written sets
            by_folds, anchor = train + calib, written_items
        else:
            by_folds, anchor, pool = train, calib, list(calib)
            real = collect(calib, embedder, verifier, config, translated=True)
        for k, folder in enumerate(args.crossfit):
            unseen = [it for it in by_folds if realmt.fold_of(it["doc"], len(args.crossfit)) == k]
            fold = CachedVerifier(CrossEncoderVerifier(str(folder)))
            scale = on_scale_of(verifier, fold, anchor)
            real += [scale(c) for c in collect(unseen, embedder, fold, config, translated=True)]
            pool += unseen
    else:
        pool = calib + faithful_items("train")
        real = collect(pool, embedder, verifier, config, translated=True)
    print(f"real MT: {dict(Counter(it['label'] for it in pool))}")
    written = collect(written_items, embedder, verifier, config)
    if args.folds:
        cross(real, [it["doc"] for it in pool], written, args.folds)
    else:
        write(choose(real, written, gold_caps()))


def _check_fold(folder: Path, k: int, folds: int, seen: list[str]) -> None:
    """A fold verifier must have left out fold k of `folds`, of every split that the shipped one saw."""
    splits, fold = realmt.trained_on(folder)
    if (fold is not None and fold != [k, folds]) or sorted(splits) != sorted(seen):
        raise SystemExit(f"calibrate.py: {folder} was trained on {splits}, leaving out fold {fold}; fold verifier "
                         f"{k} must be `training/train.py --fold {k} --folds {folds}` over {seen}")


def on_scale_of(shipped, fold, pairs: list[dict]):
    """A fold's verifier, trained on part of the split for as many steps as the shipped one on all of
    it, is surer of a change: on the calibration split's findings, which neither saw, its median
    p(changed) was 0.993 against the shipped verifier's 0.98. Gates are chosen for the shipped verifier,
    so each fold's scores are put on its scale: the score at the same quantile of the two verifiers'
    scores for the same pairs (`pairs`, which neither saw). Separately for p(changed), which gates
    a rule's finding, and the sharpened alarm, on which the verifier raises its own."""
    originals, renderings = [it["original"] for it in pairs], [it["translation"] for it in pairs]
    theirs, ours = judge(fold, originals, renderings), judge(shipped, originals, renderings)
    maps = {}
    for what in ("changed", "alarm"):
        x, y = np.sort([getattr(j, what) for j in theirs]), np.sort([getattr(j, what) for j in ours])
        maps[what] = lambda v, x=x, y=y: round(float(np.interp(v, x, y)), 4)

    def scale(c: Collected) -> Collected:
        findings = [f if f.verifier is None else replace(f, verifier=maps[_scored_by(f)](f.verifier))
                    for f in c.findings]
        return replace(c, findings=findings, pair_score=None if c.pair_score is None else maps["alarm"](c.pair_score))

    return scale


def _scored_by(f) -> str:
    """Which score a finding carries (verify.apply): the verifier's own finding its alarm, but on a weak
    link its p(changed), as a rule's finding does."""
    return "alarm" if f.kind == "meaning" and not on_weak_link(f) else "changed"


def cross(real: list[Collected], docs: list[str], written: list[Collected], folds: int) -> None:
    """How well this calibration carries to documents it never saw, without the test split: the
    pool's documents in `folds` folds (by the hash of their ids); for each, the gates are chosen on
    the other folds and measured on it. Why: on the pool the shipped normal gates flag 5.2% of
    faithful pairs, on the test split's documents 13.0%; the in-fold and out-of-fold numbers side by
    side say how much of a change in calibration is fitted to the documents it was chosen on."""
    order = sorted(set(docs), key=lambda d: hashlib.sha1(d.encode()).hexdigest())
    print(f"{len(order)} documents in {folds} folds; normal sensitivity")
    caps = gold_caps()
    print(f"{'fold':>4} {'docs':>4} | {'chosen on the rest: flagged, recall':>36} | "
          f"{'on the fold: flagged, recall':>30} | rules alone on the fold")
    for k in range(folds):
        held = set(order[k::folds])
        fit = [c for c, d in zip(real, docs) if d not in held]
        out = [c for c, d in zip(real, docs) if d in held]
        with contextlib.redirect_stdout(io.StringIO()):
            chosen = choose(fit, written, caps)["normal"]
        fp, recall, _ = _summary(decide(out, chosen.cfg, translated=True), REAL_LABELS, typed=False)
        alone_fp, alone_recall, _ = _summary(decide(out, None, translated=True), REAL_LABELS, typed=False)
        print(f"{k:>4} {len(held):>4} | {chosen.real_fp:>26.1%}, {chosen.real_recall:.1%} | {fp:>22.1%}, {recall:.1%} |"
              f" {alone_fp:.1%}, {alone_recall:.1%}")


def write(levels: dict[str, "Result"]) -> None:
    table_json = json.loads(OUT.read_text(encoding="utf-8"))
    for level, chosen in levels.items():
        table_json[level]["verify"] = {"gates": chosen.cfg.gates, "default": chosen.cfg.default,
                                       "raised": chosen.cfg.raised,
                                       "weak_raised": chosen.cfg.weak_raised}
        table_json[level]["calibration"] = {
            "real_mt_faithful_flagged": round(chosen.real_fp, 3), "real_mt_mean_recall": round(chosen.real_recall, 3),
            "written_faithful_flagged": round(chosen.written_fp, 3),
            "written_typed_recall": round(chosen.written_recall, 3),
            "written_lowest_typed_recall": round(chosen.lowest, 3)}
        for old in ("dev", "test"):
            table_json[level].pop(old, None)
    OUT.write_text(json.dumps(table_json, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


@dataclass(frozen=True)
class Result:
    cfg: VerifyConfig
    real_fp: float
    written_fp: float
    real_recall: float
    written_kinds: dict[str, float]  # each written kind of change's typed recall

    @property
    def written_recall(self) -> float:
        return float(np.mean(list(self.written_kinds.values())))

    @property
    def lowest(self) -> float:  # the lowest typed recall of any kind of change in the written sets
        return min(self.written_kinds.values())

    @property
    def score(self) -> float:
        return (self.real_recall + self.written_recall) / 2

    @property
    def fp(self) -> float:  # in the units of score: the mean of the two kinds of data
        return (self.real_fp + self.written_fp) / 2


def _summary(outcomes, labels: list[str], typed: bool) -> tuple[float, float, float]:
    """Faithful pairs flagged, and mean and lowest recall over the labels (of the right kind, where
    `typed`): the numbers of table() that calibration needs, without the rest of its work."""
    fp, recall = _recalls(outcomes, labels, typed)
    return fp, float(np.mean(list(recall.values()))), float(np.min(list(recall.values())))


def _recalls(outcomes, labels: list[str], typed: bool) -> tuple[float, dict[str, float]]:
    """Faithful pairs flagged, and each label's recall."""
    by_label: dict[str, list[bool]] = {}
    for o in outcomes:
        by_label.setdefault(o.label, []).append(o.typed if typed and o.label != "faithful" else o.flagged)
    return (float(np.mean(by_label.get("faithful", [False]))),
            {label: float(np.mean(by_label[label])) for label in labels if by_label.get(label)})


def choose(real: list[Collected], written: list[Collected], caps: dict[str, float]) -> dict[str, Result]:
    """Walk the curve from the rules alone (every gate open) towards fewer false alarms: each step
    raises the one gate (to any higher value) that removes the most false flags (both kinds of data)
    per point of recall lost. Each sensitivity takes the point of highest recall within its budgets,
    or else the fewest false flags short of its KNEE; low among the points at least as strict as
    normal's in every setting, high among those at most as strict (_beside). No gate passes its cap
    (gold_caps), and no step takes a written kind of change below its floor (FLOORS)."""
    def measure(gates: dict[str, float], raised: float) -> Result:
        cfg = VerifyConfig({**dict.fromkeys(EXACT, 0.0), **gates}, raised=raised, weak_raised=WEAK_RAISED)
        real_out, written_out = decide(real, cfg, translated=True), decide(written, cfg)
        real_fp, real_recall, _ = _summary(real_out, REAL_LABELS, typed=False)
        written_fp, kinds = _recalls(written_out, LABELS, typed=True)
        return Result(cfg, real_fp, written_fp, real_recall, kinds)

    def floored(a: Result, b: Result) -> bool:
        """Whether the step from a to b keeps each written kind at its floor, or where a had it below."""
        return all(b.written_kinds[k] >= min(FLOORS[k], a.written_kinds[k]) for k in a.written_kinds)

    curve: list[tuple[Result, float]] = []  # each point, with the least worth of the steps that led to it
    for raised in RAISED:
        gates = dict.fromkeys(KINDS, GATES[0])
        point, path = measure(gates, raised), float("inf")
        curve.append((point, path))
        while True:
            steps = [(kind, g, r) for kind in KINDS for g in GATES if gates[kind] < g <= caps[kind]
                     for r in [measure({**gates, kind: g}, raised)] if floored(point, r)]
            if not steps:
                break
            def worth(r: Result) -> float:
                return (point.fp - r.fp) / max(point.score - r.score, 1e-4)

            kind, _, best = max(steps, key=lambda s: worth(s[2]))
            step_worth = worth(best)
            if step_worth <= 0:
                break
            path = min(path, step_worth)
            # A gate rises no further than its false alarms call for: the lowest one that removes
            # nine tenths as many. Measured: the quote gate went to 0.9 for one faithful pair more
            # than 0.2 removed, and silenced real changes that the pooled recall barely showed (the
            # raters' mistranslations 26% -> 24%; the nb fixture's reworded quote, scored 0.35).
            removed = point.fp - best.fp
            best = min((r for k, g, r in steps if k == kind and point.fp - r.fp >= 0.9 * removed),
                       key=lambda r: r.cfg.gates[kind])
            point, gates = best, {k: best.cfg.gates[k] for k in KINDS}
            curve.append((point, path))
            print(f"  raising at {raised}: {kind} gated at {gates[kind]} -> real MT {point.real_fp:.1%} flagged, "
                  f"recall {point.real_recall:.1%}; written {point.written_fp:.1%}, {point.written_recall:.1%}"
                  f" (worth {step_worth:.2f})")
    for name, rows in (("rules alone, real MT", table(decide(real, None, True), REAL_LABELS)),
                       ("rules alone, written here", table(decide(written, None), LABELS))):
        labels = REAL_LABELS if "real" in name else LABELS
        print(f"{name}: faithful flagged {rows['faithful']['flagged']:.1%}, "
              f"mean recall {mean_recall(rows, labels, 'recall' if 'real' in name else 'typed_recall'):.1%}")
    chosen: dict[str, Result] = {}
    for level in ("normal", "low", "high"):  # normal first: the others are chosen on its either side
        real_budget, written_budget = BUDGETS[level]
        side = [(r, w) for r, w in curve if level == "normal" or _beside(r, chosen["normal"], level == "low")]
        if not side:
            chosen[level] = chosen["normal"]
            continue
        knee = [r for r, w in side if w >= KNEE[level]]
        ok = [r for r, _ in side if r.real_fp <= real_budget and r.written_fp <= written_budget] or \
            [min(knee or [r for r, _ in side], key=lambda r: r.fp)]
        chosen[level] = max(ok, key=lambda r: r.score)
    for level in BUDGETS:
        best = chosen[level]
        print(f"{level}: {best.cfg}; real MT: faithful flagged {best.real_fp:.1%}, mean recall {best.real_recall:.1%}; "
              f"written here: faithful flagged {best.written_fp:.1%}, typed recall {best.written_recall:.1%}")
    return {level: chosen[level] for level in BUDGETS}


def _beside(r: Result, normal: Result, stricter: bool) -> bool:
    """Whether r's gates and raising threshold all stand at or above normal's (`stricter`, for low) or
    at or below them (for high). Why: what normal reports, high reports too, and low reports nothing
    that normal does not. Chosen apart, high once gated quotes in MT at 0.95 where normal did not, and
    lost the nb fixture's reworded quote ("disappointed" / "surprised", scored 0.35) that normal finds."""
    pairs = [(r.cfg.gates[k], normal.cfg.gates[k]) for k in KINDS] + [(r.cfg.raised, normal.cfg.raised)]
    return all(a >= b if stricter else a <= b for a, b in pairs)


if __name__ == "__main__":
    main()
