"""Accuracy benchmark on the sets written here: python benchmarks/accuracy/run.py [--data sentences.jsonl]

Prints, per finding type, tcheck's precision/recall/F1 (rules and verifier, as shipped) beside the
rules alone and two naive baselines (a cosine-similarity threshold and a sentence-chrF threshold, each
set as high as a 3% faithful-flag budget allows), then the faithful pairs flagged, then the
article-level scores, then a summary line for each sentence set. Real machine translation has its own
benchmark, real_mt.py.
"""
from __future__ import annotations

import argparse
import time

from evaluate import (LABELS, CachedEmbedder, CachedVerifier, baseline_outcomes, baseline_scores, collect, decide, load,
                      table)
from articles import run_articles

from tcheck.backends.sbert import SbertEmbedder
from tcheck.backends.verifier import CrossEncoderVerifier
from tcheck.pipeline import Config


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="sentences.jsonl")
    ap.add_argument("--sensitivity", default="normal", choices=["low", "normal", "high"])
    ap.add_argument("--fp-budget", type=float, default=0.03)
    ap.add_argument("--translated", action="store_true",
                    help="treat the renderings as MT output of a foreign text (as --mt-file), not English rewrites")
    ap.add_argument("--verifier", default=None, help="a cross-encoder name or path [default: tcheck's, packaged]")
    args = ap.parse_args()
    embedder = CachedEmbedder(SbertEmbedder(bfloat16=False))
    verifier = CachedVerifier(CrossEncoderVerifier(args.verifier))
    config = Config.for_sensitivity(args.sensitivity)
    items = load(args.data)
    t0 = time.perf_counter()
    collected = collect(items, embedder, verifier, config, args.translated)
    ours = table(decide(collected, config.verify, args.translated))
    rules = table(decide(collected, None, args.translated))
    elapsed = time.perf_counter() - t0
    cos, chrf = baseline_scores(items, embedder)
    t_cos, cos_out = baseline_outcomes(items, cos, args.fp_budget)
    t_chrf, chrf_out = baseline_outcomes(items, chrf, args.fp_budget)
    base_cos, base_chrf = table(cos_out), table(chrf_out)

    mode = "as MT output" if args.translated else "as English rewrites"
    print(f"{args.data}: {len(items)} pairs {mode}, sensitivity {args.sensitivity}, {elapsed:.1f} s for tcheck")
    print(f"baselines flag below cosine {t_cos:.3f} / chrF {t_chrf:.1f} "
          f"(highest thresholds within {args.fp_budget:.0%} faithful flagged)")
    print()
    print(f"{'type':14s} {'n':>4s} | {'tcheck P':>8s} {'R':>6s} {'typed R':>8s} {'F1':>6s} | {'rules typed R':>13s} "
          f"| {'cosine R':>8s} | {'chrF R':>7s}")
    print("-" * 94)
    for label in LABELS:
        r, u, c, h = ours[label], rules[label], base_cos[label], base_chrf[label]
        print(f"{label:14s} {r['n']:4d} | {r['precision']:8.1%} {r['recall']:6.1%} "
              f"{r['typed_recall']:8.1%} {r['f1']:6.1%}"
              f" | {u['typed_recall']:13.1%} | {c['recall']:8.1%} | {h['recall']:7.1%}")
    f = ours["faithful"]
    print("-" * 94)
    print(f"{'faithful flagged':22s} {f['flagged']:6.1%} of {f['n']}   "
          f"(rules alone {rules['faithful']['flagged']:.1%}, "
          f"cosine {base_cos['faithful']['flagged']:.1%}, chrF {base_chrf['faithful']['flagged']:.1%})")
    if args.data == "sentences.jsonl":
        print()
        run_articles(embedder, config, verifier)
        print()
        by_set(embedder, verifier, config)


def by_set(embedder, verifier, config: Config) -> None:
    """The same measure on every sentence set, in the order they were written: the later sets show how
    far the tuning on the earlier ones carries (sealed.jsonl was only measured, never read)."""
    print(f"{'set':16s} {'n':>4s} | {'faithful flagged':>16s} | {'typed R mean':>12s} | "
          "lowest typed R   (rules alone: flagged, typed R)")
    for name in ("sentences.jsonl", "heldout.jsonl", "test.jsonl", "final.jsonl", "sealed.jsonl", "sealed2.jsonl"):
        collected = collect(load(name), embedder, verifier, config)
        rows, rules = table(decide(collected, config.verify)), table(decide(collected, None))
        low = min(LABELS, key=lambda label: rows[label]["typed_recall"])
        mean = sum(rows[label]["typed_recall"] for label in LABELS) / len(LABELS)
        rules_mean = sum(rules[label]["typed_recall"] for label in LABELS) / len(LABELS)
        n = sum(rows[label]["n"] for label in LABELS) + rows["faithful"]["n"]
        print(f"{name:16s} {n:4d} | {rows['faithful']['flagged']:16.1%} | {mean:12.1%} | "
              f"{low} {rows[low]['typed_recall']:.1%}   ({rules['faithful']['flagged']:.1%}, {rules_mean:.1%})")


if __name__ == "__main__":
    main()
