"""Markdown for chat and code review (GitHub, GitLab, Mattermost, Slack-compatible webhooks).

A one-line verdict, a line of counts and scores, then each finding with the original and the
translation as blockquotes. Where both sides exist, the words the translation dropped or replaced are
struck in the original and the words it put in their place are marked in its English rendering: the
finding's fact strongly (~~**340**~~, **430**), the paraphrase around it lightly (~~said~~, _stated_).
Only constructs every one of those tools renders are used: no headings, tables or HTML. With `fold`
(for GitHub and GitLab, which render `<details>`), each finding's evidence is folded under its
one-line summary, so a long report reads as a list.
"""
from __future__ import annotations

import html
import re

from ..types import Finding, Report
from . import words
from .diff import Run, finding_runs

_TYPES = ("added", "dropped", "altered")
# Backslash-escape what CommonMark would read as markup inside a line; `&` too, or "&amp;" renders as "&".
_INLINE = re.compile(r"([\\`*_~\[\]<>|&])")
# At the start of a line these would open a heading, list or (a further) quote.
_LINE_START = re.compile(r"^(\s*)(#|[-+](?=\s)|\d+(?=[.)]))")


def render(report: Report, max_findings: int | None = None, fold: bool = False, full_report: str | None = None) -> str:
    """`max_findings`: list at most that many, and say how many more the full report holds (at
    `full_report`, a URL or file name, where given); a change that stands in several places is listed
    once, with the others named (words.grouped). `fold`: each finding's evidence in a `<details>`
    block (GitHub, GitLab)."""
    lines = [_verdict(report), _summary(report)]
    if report.unreliable:
        lines.append(f"**{escape(words.unreliable(report.unreliable))}**")
    if report.ignored:
        lines.append(f"{words.ignored(report.ignored)}.")
    if report.below:
        lines.append(f"{words.below(report)}.")
    groups = words.grouped(report.findings)
    shown = groups[:max_findings] if max_findings is not None else groups
    for n, (f, repeats) in enumerate(shown, 1):
        lines += ["", *_finding(n, f, report.meta.get("translation_lang", ""), words.where(report, f), fold,
                                escape(words.also(report, repeats)))]
    left = len(report.findings) - sum(1 + len(repeats) for _, repeats in shown)
    if left:
        lines += ["", f"_…and {left} more {_where(full_report)}._"]
    return "\n".join(lines)


def _where(full_report: str | None) -> str:
    if not full_report:  # no report stands elsewhere to point to
        return "not listed here"
    if re.match(r"https?://\S+$", full_report):
        return f"in [the full report](<{full_report}>)"
    return f"in {escape(full_report)}"


def _verdict(report: Report) -> str:
    pair = f"{report.meta.get('translation_lang', '?')} → {report.meta.get('original_lang', 'en')}"
    if not report.findings:
        return f"**tcheck: no added, dropped or altered claims found** ({pair})"
    return f"**tcheck: {words.findings(report)} in the translation** ({pair})"


def _summary(report: Report) -> str:
    s = report.scores
    counts = " · ".join(f"{t.capitalize()} {report.count(t)}" for t in _TYPES)
    level = f" · {level}" if (level := words.sensitivity(report)) else ""
    return f"{counts} · BLEU {s.bleu:.1f} · chrF {s.chrf:.1f} · coverage {s.coverage:.0%}{level}"


def _finding(n: int, f: Finding, lang: str, where: str = "", fold: bool = False, also: str = "") -> list[str]:
    """`also`: where else the same change stands, as Markdown."""
    place = f", {where}" if where else ""
    tail = ["", also] if also else []
    if fold:  # inside <summary> GitHub reads HTML, not Markdown
        head = (f"<details><summary><b>{n}. {f.type.capitalize()}</b> ({f.severity}, {f.kind}{html.escape(place)}, "
                f"<code>{f.id}</code>): {html.escape(words.inert(words.reason(f)))}</summary>")
        return [head, *_evidence(f, lang), *tail, "", "</details>"]
    return [f"**{n}. {f.type.capitalize()}** ({f.severity}, {f.kind}{place}, `{f.id}`): {escape(words.reason(f))}",
            *_evidence(f, lang), *tail]


def _evidence(f: Finding, lang: str) -> list[str]:
    out = []
    before, after = finding_runs(f)
    if before:
        out += ["", "Original:", *_quote(_marked(before, ("~~", "~~**", "**~~")))]
    if f.translation and f.translation_en and f.translation_en != f.translation:
        out += ["", f"Translation{f' ({lang})' if lang else ''}:", *_quote(escape(f.translation))]
        label = "In English:"
    else:
        label = "Translation:"
    if after:
        out += ["", label, *_quote(_marked(after, ("_", "**", "**")))]
    return out


def _marked(runs: list[Run], markers: tuple[str, str, str]) -> str:
    """`markers`: around paraphrase (both ends), then before and after a fact."""
    light, fact_open, fact_close = markers
    return "".join(f"{light}{escape(text)}{light}" if op == "changed" else
                   f"{fact_open}{escape(text)}{fact_close}" if op == "fact" else escape(text) for op, text in runs)


def _quote(text: str) -> list[str]:
    return ["> " + _LINE_START.sub(_escape_start, line) if line.strip() else ">" for line in text.splitlines() or [""]]


def _escape_start(m: re.Match) -> str:
    lead, token = m.groups()
    # "2024. Text" would start an ordered list: escape the dot, which must follow the digits.
    return f"{lead}{token}\\" if token[0].isdigit() else f"{lead}\\{token}"


def escape(text: str) -> str:
    return words.inert(_INLINE.sub(r"\\\1", text))
