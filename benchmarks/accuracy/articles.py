"""Article-level scores: each planted change must come out as a finding, and nothing else."""
from __future__ import annotations

from collections import Counter

from evaluate import document, load

from tcheck import pipeline
from tcheck.backends.base import IdentityTranslator


def _matches(f, change) -> bool:
    # A whole sentence and a clause inside one are the same claim at two granularities.
    granular = {change["kind"], f.kind} <= {"claim", "partial"}
    if f.type != change["type"] or (f.kind != change["kind"] and not granular):
        return False
    for side, text in (("original", f.original), ("translation", f.translation)):
        if change[side] is not None and change[side] not in (text or ""):
            return False
    return True


def run_articles(embedder, config: pipeline.Config, verifier=None) -> None:
    items = load("articles.jsonl")
    found = extra = planted = clean_flagged = 0
    missed = Counter()
    for it in items:
        report = pipeline.check(document(it["original"]), document(it["translation"]), IdentityTranslator(), embedder,
                                config=config, verifier=verifier)
        left = list(report.findings)
        for change in it["changes"]:
            planted += 1
            hit = next((f for f in left if _matches(f, change)), None)
            if hit:
                found += 1
                left.remove(hit)
            else:
                missed[f"{change['type']}/{change['kind']}"] += 1
        extra += len(left)
        clean_flagged += bool(not it["changes"] and report.findings)
    clean = sum(1 for it in items if not it["changes"])
    print(f"articles: {len(items)} pairs, {planted} planted changes")
    print(f"  found {found}/{planted} ({found / planted:.1%}); extra findings {extra}; "
          f"precision {found / max(found + extra, 1):.1%}; clean articles flagged {clean_flagged}/{clean}")
    if missed:
        print("  missed: " + ", ".join(f"{k} {v}" for k, v in missed.most_common()))
