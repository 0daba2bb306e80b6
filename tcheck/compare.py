"""Beads + facts -> findings. Pure."""
from __future__ import annotations

from . import score
from .facts import COMPARATORS, hedges, names
from .severity import severity
from .types import Bead, Document, Finding, Segment

# Headings and date lines carry no claim of their own; a caption does, but a minor one.
_NOT_CLAIMS = {"heading", "dateline"}


def compare(original: Document, translation: Document, translation_en: list[str], beads: list[Bead]) -> list[Finding]:
    findings: list[Finding] = []
    for bead in beads:
        o = [original.segments[i] for i in bead.original]
        t = [translation.segments[j] for j in bead.translation]
        o_text = _join(s.text for s in o)
        t_text = _join(s.text for s in t)
        e_text = _join(translation_en[j] for j in bead.translation)
        common = dict(original_index=bead.original, translation_index=bead.translation, similarity=round(bead.similarity, 3))
        if o and t:
            for change in _changes(o, o_text, t_text, e_text):
                findings.append(Finding(
                    "altered", change.kind, severity(change.kind), change.reason, o_text, t_text, e_text,
                    chrf=score.sentence_chrf(e_text, o_text), **common,
                ))
        elif o:
            kind = _claim_kind(o)
            if kind:
                findings.append(Finding(
                    "dropped", kind, severity(kind), f"{kind} dropped: no counterpart in the translation",
                    o_text, None, None, **common,
                ))
        elif t:
            kind = _claim_kind(t)
            if kind:
                findings.append(Finding(
                    "added", kind, severity(kind), f"{kind} added: no counterpart in the original",
                    None, t_text, e_text, **common,
                ))
    return findings


def _changes(o: list[Segment], o_text: str, t_text: str, e_text: str):
    headings = all(s.kind in _NOT_CLAIMS for s in o)
    for comparator in COMPARATORS:
        if comparator is names and headings:
            continue  # headings are often in title case: every word looks like a name
        if comparator is hedges:
            # A source-language hedge ("skal ha") counts even where the MT lost it.
            yield from comparator.diff(o_text, _join([e_text, t_text]) if t_text != e_text else e_text)
        else:
            yield from comparator.diff(o_text, e_text)


def _claim_kind(segments: list[Segment]) -> str | None:
    kinds = {s.kind for s in segments}
    if kinds <= _NOT_CLAIMS:
        return None
    if kinds <= {"caption"} | _NOT_CLAIMS:
        return "caption"
    return "claim"


def _join(texts) -> str:
    return " ".join(t for t in texts if t)
