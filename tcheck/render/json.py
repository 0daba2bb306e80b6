"""The JSON contract for bots: one object, `schema_version` first, a `findings` array."""
from __future__ import annotations

import json as _json
from dataclasses import asdict

from ..types import Report

SCHEMA_VERSION = "1.3"


def to_dict(report: Report) -> dict:
    s = report.scores
    return {
        "schema_version": SCHEMA_VERSION,
        "meta": dict(report.meta),
        "verdict": report.verdict,
        "unreliable": asdict(report.unreliable) if report.unreliable else None,
        "counts": {t: report.count(t) for t in ("added", "dropped", "altered")},
        "scores": {"bleu": s.bleu, "chrf": s.chrf, "coverage": s.coverage,
                   "bleu_signature": s.bleu_signature, "chrf_signature": s.chrf_signature},
        "ignored": report.ignored,
        "findings": [
            {**asdict(f), "original_index": list(f.original_index), "translation_index": list(f.translation_index)}
            for f in report.findings
        ],
        "alignment": [
            {"original": list(b.original), "translation": list(b.translation), "similarity": round(b.similarity, 3)}
            for b in report.beads
        ],
        "original": [{"text": g.text, "paragraph": g.paragraph, "kind": g.kind} for g in report.original.segments],
        "translation": [
            {"text": g.text, "paragraph": g.paragraph, "kind": g.kind, "text_en": en}
            for g, en in zip(report.translation.segments, report.translation_en)
        ],
        "timings": dict(report.timings),
    }


def render(report: Report) -> str:
    return _json.dumps(to_dict(report), ensure_ascii=False, indent=2)
