"""The JSON contract for bots: one object, `schema_version` first, a `findings` array."""
from __future__ import annotations

import json as _json
import math
import re
from dataclasses import asdict
from typing import get_args

from ..types import FINDING_ID, Bead, Document, Doubt, Finding, FindingType, Report, Scores, Segment, Severity
from . import words

SCHEMA_VERSION = "1.6"


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
        "below_min_severity": report.below,
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
    for n, f in enumerate(findings, 1):
        _readable(f, n, len(original.segments), len(translation.segments))
    s = data["scores"]
    if not all(isinstance(s[k], (int, float)) and math.isfinite(s[k]) for k in ("bleu", "chrf", "coverage")):
        raise ValueError("scores: bleu, chrf and coverage are numbers")
    return Report(original, translation, tuple(t.get("text_en") or t["text"] for t in data["translation"]),
                  tuple(Bead(tuple(b["original"]), tuple(b["translation"]), b["similarity"])
                        for b in data["alignment"]),
                  findings, Scores(s["bleu"], s["chrf"], s["coverage"], s.get("bleu_signature", ""),
                                   s.get("chrf_signature", "")),
                  dict(data["meta"]), dict(data.get("timings", {})), data.get("ignored", 0),
                  Doubt(**data["unreliable"]) if data.get("unreliable") else None, data.get("below_min_severity", 0))


_KIND = re.compile(r"[a-z_]{1,40}")


def _readable(f: Finding, n: int, originals: int, translations: int) -> None:
    """What every renderer takes for granted of a finding, which a report edited by hand (or by anyone)
    may not hold: ValueError naming the finding and the field, never a renderer's KeyError."""
    if f.type not in get_args(FindingType) or f.severity not in get_args(Severity):
        raise ValueError(f"finding {n}: type {f.type!r} or severity {f.severity!r} is none of tcheck's")
    if not isinstance(f.kind, str) or not _KIND.fullmatch(f.kind) or f.id and not re.fullmatch(FINDING_ID, str(f.id)):
        raise ValueError(f"finding {n}: kind {f.kind!r} or id {f.id!r} is none of tcheck's")
    for name, text in (("original", f.original), ("translation", f.translation), ("translation_en", f.translation_en)):
        if text is not None and not isinstance(text, str):
            raise ValueError(f"finding {n}: {name} is no text")
    for name, indices, bound in (("original_index", f.original_index, originals),
                                 ("translation_index", f.translation_index, translations)):
        if not all(isinstance(i, int) and 0 <= i < bound for i in indices):
            raise ValueError(f"finding {n}: {name} points past the report's segments")


def render(report: Report) -> str:
    return _json.dumps(to_dict(report), ensure_ascii=False, indent=2)
