"""Stable finding ids, and the ignore list that silences a finding an editor has judged wrong. Pure.

A finding's id hashes what it is about, not where it sits: its type and kind, its facts (`before`,
`after`) and the text of the sentence it concerns (the original's; the translation's for an added
claim), each case-folded with punctuation and spacing collapsed. So an id survives a rerun, an edit
elsewhere in the article and a sentence moved to another paragraph; it changes when the sentence
itself or the fact changes, which is when the editor's judgement needs asking again.

An ignore rule names an id, or a pattern: any of `type`, `kind`, `before`, `after` (equal, after the
same normalising) and `text` (a part of the sentence). Each rule carries a `reason` and who decided
(`by`); tcheck.ignore_file reads and writes them.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

from .types import AFFIRMATIVE, NO_NEGATION, Finding, Report

PATTERN_FIELDS = ("type", "kind", "before", "after", "text")


def normal(text: str | None) -> str:
    return re.sub(r"[\W_]+", " ", (text or "").casefold()).strip()


def finding_id(f: Finding) -> str:
    sentence = f.original if f.original is not None else f.translation
    key = "\x1f".join([f.type, f.kind, normal(f.before), normal(f.after), normal(sentence)])
    return "f-" + hashlib.sha256(key.encode()).hexdigest()[:12]  # types.FINDING_ID


def with_ids(findings: list[Finding]) -> list[Finding]:
    return [replace(f, id=finding_id(f)) for f in findings]


@dataclass(frozen=True)
class Rule:
    reason: str
    by: str = ""
    id: str | None = None
    pattern: dict[str, str] = field(default_factory=dict)

    def matches(self, f: Finding) -> bool:
        if self.id is not None:
            return f.id == self.id
        # `before` and `after` as the data say them, or as the report shows them (f.said: "approved" / "did
        # not approve" for a negation whose data are "affirmative" / "not").
        said = f.said or (None, None)
        shown = {AFFIRMATIVE: NO_NEGATION}
        values = {"type": (f.type,), "kind": (f.kind,), "before": (f.before, said[0], shown.get(f.before)),
                  "after": (f.after, said[1], shown.get(f.after))}
        for name, wanted in self.pattern.items():
            if name == "text":
                if normal(wanted) not in " ".join(normal(x) for x in (f.original, f.translation, f.translation_en)):
                    return False
            elif normal(wanted) not in {normal(v) for v in values[name] if v is not None}:
                return False
        return True


def apply(report: Report, rules: tuple[Rule, ...]) -> Report:
    """The report without the findings that a rule silences; `ignored` counts them."""
    if not rules:
        return report
    kept = tuple(f for f in report.findings if not any(r.matches(f) for r in rules))
    # meta.ignore names the rules in force (a server's and a request's together): what was silenced, and why.
    meta = {**report.meta, "ignore": digest(rules, report.meta.get("ignore", ""))}
    return replace(report, findings=kept, ignored=report.ignored + len(report.findings) - len(kept), meta=meta)


def digest(rules: tuple[Rule, ...], before: str = "") -> str:
    """Names a set of rules (after those that `before` names): an edited ignore list reads differently."""
    text = "\n".join([before, *sorted(repr((r.id, sorted(r.pattern.items()), r.reason, r.by)) for r in rules)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
