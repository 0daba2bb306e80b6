"""Words that every format says alike. Pure."""
from __future__ import annotations

import re

from ..types import AFFIRMATIVE, NO_NEGATION, Doubt, Finding, Report

_MEASURES = {
    "coverage": "only {value:.0%} of the original's sentences found a counterpart (real translations reach far "
                "above {bound:.0%})",
    "chrf": "the English rendering shares almost no wording with the original (chrF {value:.1f}, below {bound:.0f})",
}


def where(report: Report, f: Finding) -> str:
    """Where an editor finds the finding, counted from 1: "¶3, sentence 7" in the original, or in the
    translation for an added claim."""
    side, indices = ("", f.original_index) if f.original_index else ("translation ", f.translation_index)
    if not indices:
        return ""
    doc = report.original if side == "" else report.translation
    first = doc.segments[indices[0]]
    paragraphs = sorted({s.paragraph for s in doc.segments})
    return f"{side}¶{paragraphs.index(first.paragraph) + 1}, sentence {indices[0] + 1}"


def reason(f: Finding) -> str:
    """The finding in one line: "number: 340 → 430", "part of a claim dropped: “...”", "claim added:
    no counterpart in the original"; the verifier's own as "meaning: ..."."""
    if f.kind == "meaning":
        if f.type == "altered":
            return f"meaning: {f.before or '(none)'} → {f.after or '(none)'}"
        words = f.before if f.type == "dropped" else f.after
        return f"meaning: part of a claim {f.type}: “{words}”" if words else f"meaning: part of a claim {f.type}"
    if f.kind == "partial":
        return f"part of a claim {f.type}: “{f.before if f.type == 'dropped' else f.after}”"
    if f.type == "dropped":
        return f"{f.kind} dropped: no counterpart in the translation"
    if f.type == "added":
        return f"{f.kind} added: no counterpart in the original"
    before, after = (NO_NEGATION if w == AFFIRMATIVE else w for w in f.said or (f.before, f.after))
    return f"{f.kind}: {before or '(none)'} → {after or '(none)'}"


def counted(n: int, noun: str, plural: str = "") -> str:
    """"1 finding", "2 findings": a count and its noun, which takes an "s" (or `plural`) but for one."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def sensitivity(report: Report) -> str:
    """"sensitivity low" where the check ran at low or high, else "": two reports of one pair read
    alike otherwise, though one may leave out what the other shows."""
    level = report.meta.get("sensitivity")
    return f"sensitivity {level}" if level and level != "normal" else ""


def ignored(n: int) -> str:
    """The findings that ignore rules silenced (a file's, or ids a request named), counted."""
    return f"{n} finding silenced by an ignore rule" if n == 1 else f"{n} findings silenced by ignore rules"


def findings(report: Report) -> str:
    """"4 findings", and where some make the same change in several places and are listed once
    (grouped), how many changes they are: "4 findings (1 distinct change)"."""
    n, distinct = len(report.findings), len(grouped(report.findings))
    return counted(n, "finding") + (f" ({counted(distinct, 'distinct change')})" if distinct < n else "")


def below(report: Report) -> str:
    """The findings that the report left out as less severe than its --min-severity, counted; ""
    where none were."""
    if not report.below:
        return ""
    return f"{counted(report.below, 'finding')} less severe than {report.meta.get('min_severity', '?')} not shown"


def grouped(findings: tuple[Finding, ...]) -> list[tuple[Finding, tuple[Finding, ...]]]:
    """Each finding, with the later ones that make the same change (of the same kind, with the same
    words before and after). Why: a term that the translation puts its own way throughout an article
    (a quoted name, a figure repeated) is one thing for an editor to read, not one per sentence."""
    groups: dict[object, tuple[Finding, list[Finding]]] = {}
    for k, f in enumerate(findings):
        key = (f.type, f.kind, f.before, f.after) if f.before is not None and f.after is not None else k
        if key in groups:
            groups[key][1].append(f)
        else:
            groups[key] = (f, [])
    return [(first, tuple(rest)) for first, rest in groups.values()]


def also(report: Report, repeats: tuple[Finding, ...]) -> str:
    """Where else the same change stands, each place with its finding's id (for the ignore file); ""
    where it stands nowhere else."""
    if not repeats:
        return ""
    return "The same change also at " + "; ".join(f"{where(report, f)} ({f.id})" for f in repeats) + "."


def unreliable(doubt: Doubt) -> str:
    """The banner of a report whose translation step failed."""
    why = _MEASURES.get(doubt.measure, "{measure} {value} is below {bound}").format(**vars(doubt))
    return (f"Unreliable: the translation step looks broken, so these findings say little: {why}. "
            "Check the translation model (tcheck models list; the service's /v1/models) or the English "
            "rendering given in its place (--mt-file).")


# Article text posted to chat or a pull request must not notify people, link issues or open links:
# a word joiner (U+2060, invisible) after "@", "#" and a URL's scheme or "www" breaks the autolinking
# of GitHub, GitLab and Slack alike. Input never holds one (markup.visible removes it).
_WJ = "\u2060"
_MENTION = re.compile(r"(?<![\w@])([@#])(?=[A-Za-z0-9])")
_URL = re.compile(r"(?i)\b(https?|ftp|mailto)(?=:)|\b(www)(?=\.)")


def inert(text: str) -> str:
    text = _MENTION.sub(lambda m: m.group(1) + _WJ, text)
    return _URL.sub(lambda m: (m.group(1) or m.group(2)) + _WJ, text)
