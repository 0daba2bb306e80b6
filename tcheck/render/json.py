"""The JSON contract for bots: one object, `schema_version` first, a `findings` array."""
from __future__ import annotations

import json as _json
from dataclasses import asdict

from ..types import Bead, Document, Doubt, Finding, Report, Scores, Segment
from . import words

SCHEMA_VERSION = "1.5"


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
        "findings": [finding(f) for f in report.findings],
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


def finding(f: Finding) -> dict:
    """One finding as the report writes it."""
    out = {"type": f.type, "kind": f.kind, "severity": f.severity, "reason": words.reason(f)}
    return {**out, **asdict(f), "original_index": list(f.original_index),
            "translation_index": list(f.translation_index), "said": list(f.said) if f.said else None,
            "before_spans": [list(s) for s in f.before_spans], "after_spans": [list(s) for s in f.after_spans]}


def from_dict(data: dict) -> Report:
    """The report back from its JSON (any 1.x): what `tcheck render` turns into another format.
    Raises ValueError, KeyError or TypeError on anything else."""
    if not isinstance(data, dict) or not str(data.get("schema_version", "")).startswith("1."):
        raise ValueError("not a tcheck report (schema_version 1.x)")
    original = Document(tuple(Segment(s["text"], s["paragraph"], s["kind"]) for s in data["original"]),
                        data["meta"].get("original_lang", "en"))
    translation = Document(tuple(Segment(s["text"], s["paragraph"], s["kind"]) for s in data["translation"]),
                           data["meta"].get("translation_lang", ""))
    fields = set(Finding.__dataclass_fields__)
    findings = tuple(Finding(**{**{k: v for k, v in f.items() if k in fields},
                                "original_index": tuple(f["original_index"]),
                                "translation_index": tuple(f["translation_index"]),
                                "said": tuple(f["said"]) if f.get("said") else None,
                                "before_spans": tuple(map(tuple, f.get("before_spans", ()))),
                                "after_spans": tuple(map(tuple, f.get("after_spans", ())))})
                     for f in data["findings"])
    s = data["scores"]
    return Report(original, translation, tuple(t.get("text_en") or t["text"] for t in data["translation"]),
                  tuple(Bead(tuple(b["original"]), tuple(b["translation"]), b["similarity"])
                        for b in data["alignment"]),
                  findings, Scores(s["bleu"], s["chrf"], s["coverage"], s.get("bleu_signature", ""),
                                   s.get("chrf_signature", "")),
                  dict(data["meta"]), dict(data.get("timings", {})), data.get("ignored", 0),
                  Doubt(**data["unreliable"]) if data.get("unreliable") else None)


def render(report: Report) -> str:
    return _json.dumps(to_dict(report), ensure_ascii=False, indent=2)
