"""Article-level scores: each planted change must come out as a finding, and nothing else."""
from __future__ import annotations

from collections import Counter

import numpy as np

from evaluate import document, load

from tcheck import pipeline
from tcheck.backends.base import IdentityTranslator
from tcheck.severity import LEVELS


def ranks(findings) -> dict[int, int]:
    """Each finding's place (1: first) when sorted as an editor would read them: by severity, then
    by the verifier's confidence."""
    order = sorted(range(len(findings)),
                   key=lambda i: (-LEVELS.index(findings[i].severity), -(findings[i].verifier or 0)))
    return {i: r + 1 for r, i in enumerate(order)}


def mean_ranks(hits: list[int], alarms: list[int]) -> str:
    return (f"mean rank of true findings {np.mean(hits) if hits else float('nan'):.2f}, "
            f"of false alarms {np.mean(alarms) if alarms else float('nan'):.2f} (1 is read first)")


def _matches(f, change) -> bool:
    # A whole sentence and a clause inside one are the same claim at two granularities.
    granular = {change["kind"], f.kind} <= {"claim", "partial"}
    polarity = {change["kind"], f.kind} <= {"negation", "opposite", "polarity"}  # a particle, or a word's meaning
    if f.type != change["type"] or (f.kind != change["kind"] and not granular and not polarity):
        return False
    for side, text in (("original", f.original), ("translation", f.translation)):
        if change[side] is not None and change[side] not in (text or ""):
            return False
    return True


def run_articles(embedder, config: pipeline.Config, verifier=None) -> None:
    items = load("articles.jsonl")
    found = extra = planted = clean_flagged = 0
    missed = Counter()
    hit_ranks, alarm_ranks = [], []
    for it in items:
        report = pipeline.check(document(it["original"]), document(it["translation"]), IdentityTranslator(), embedder,
                                config=config, verifier=verifier)
        left = list(report.findings)
        place = ranks(report.findings)
        for change in it["changes"]:
            planted += 1
            hit = next((f for f in left if _matches(f, change)), None)
            if hit:
                found += 1
                left.remove(hit)
            else:
                missed[f"{change['type']}/{change['kind']}"] += 1
        extra += len(left)
        if it["changes"] and left:  # both kinds in one report: does the editor read the true ones first?
            alarms = {id(f) for f in left}
            for i, f in enumerate(report.findings):
                (alarm_ranks if id(f) in alarms else hit_ranks).append(place[i])
        clean_flagged += bool(not it["changes"] and report.findings)
    clean = sum(1 for it in items if not it["changes"])
    print(f"articles: {len(items)} pairs, {planted} planted changes")
    print(f"  found {found}/{planted} ({found / planted:.1%}); extra findings {extra}; "
          f"precision {found / max(found + extra, 1):.1%}; clean articles flagged {clean_flagged}/{clean}")
    print(f"  in reports holding both: {mean_ranks(hit_ranks, alarm_ranks)}")
    if missed:
        print("  missed: " + ", ".join(f"{k} {v}" for k, v in missed.most_common()))
