"""Slack's own message format (mrkdwn), for `--post-format slack`: `{"text": ...}` as Slack shows it.

Slack reads a webhook's text as mrkdwn, not Markdown: *bold*, ~strike~ and > quotes, and no
backslash escapes. Only `&`, `<` and `>` are special (written `&amp;`, `&lt;`, `&gt;`); escaping them
also keeps article text from forming Slack's links and mentions (`<@U123>`, `<!channel>`), and
words.inert breaks the bare @names, #refs and URLs that Slack links by itself. A long report would be
cut by Slack (messages are shown up to 40,000 characters) mid-finding: at most `max_findings` findings
are listed (a change that stands in several places is listed once, with the others named), fewer
where the text would pass MAX_CHARS, and a last line says how many more the full report holds.
"""
from __future__ import annotations

import re

from ..types import Finding, Report
from . import words
from .diff import Run, finding_runs

MAX_FINDINGS = 20
MAX_CHARS = 12_000  # far under Slack's limit: a chat message that long is read no further anyway
_TYPES = ("added", "dropped", "altered")
_TAIL = 50


def render(report: Report, max_findings: int | None = MAX_FINDINGS, full_report: str | None = None) -> str:
    """`full_report`: a URL or file name for the whole report, named where the message stops short."""
    pair = f"{report.meta.get('translation_lang', '?')} → {report.meta.get('original_lang', 'en')}"
    n = len(report.findings)
    head = (f"*tcheck: no added, dropped or altered claims found* ({pair})" if not n
            else f"*tcheck: {words.findings(report)} in the translation* ({pair})")
    s = report.scores
    lines = [head, " · ".join(f"{t.capitalize()} {report.count(t)}" for t in _TYPES)
             + f" · BLEU {s.bleu:.1f} · chrF {s.chrf:.1f} · coverage {s.coverage:.0%}"
             + (f" · {level}" if (level := words.sensitivity(report)) else "")]
    if report.unreliable:
        lines.append(f"*{escape(words.unreliable(report.unreliable))}*")
    if report.ignored:
        lines.append(f"{words.ignored(report.ignored)}.")
    if report.below:
        lines.append(f"{words.below(report)}.")
    shown, listed = 0, 0
    tail = _TAIL + len(full_report or "")
    for k, (f, repeats) in enumerate(words.grouped(report.findings), 1):
        block = (_finding(k, f, words.where(report, f))
                 + ([f">{escape(words.also(report, repeats))}"] if repeats else []))
        # Room is kept for the last line ("…and M more"), which may follow any finding.
        if (max_findings is not None and listed >= max_findings) or len("\n".join(lines + block)) + tail > MAX_CHARS:
            break
        lines += block
        shown, listed = shown + 1 + len(repeats), listed + 1
    if shown < n:
        lines += ["", f"_…and {n - shown} more {_where(full_report)}._"]
    return "\n".join(lines)


def _where(full_report: str | None) -> str:
    if not full_report:  # no report stands elsewhere to point to
        return "not listed here"
    if re.match(r"https?://[^\s|<>]+$", full_report):
        return f"in <{full_report}|the full report>"  # Slack's link
    # A file name as code, where Slack's markers are plain, so that it copies as it is written.
    return f"in `{_entities(full_report)}`" if "`" not in full_report else f"in {escape(full_report)}"


def _finding(n: int, f: Finding, where: str = "") -> list[str]:
    place = f", {where}" if where else ""
    out = ["", f"*{n}. {f.type.capitalize()}* ({f.severity}, {f.kind}{place}, `{f.id}`): {escape(words.reason(f))}"]
    before, after = finding_runs(f)
    if before:
        out.append(f">Original: {_marked(before, ('~', '~*', '*~'))}")
    if after:
        out.append(f">{'In English' if f.translation_en and f.translation_en != f.translation else 'Translation'}: "
                   f"{_marked(after, ('_', '*', '*'))}")
    return out


def _marked(runs: list[Run], markers: tuple[str, str, str]) -> str:
    """`markers`: around paraphrase (both ends), then before and after the finding's fact."""
    light, fact_open, fact_close = markers
    ends = {"changed": (light, light), "fact": (fact_open, fact_close)}
    # A marked run starts and ends at a word (render.diff), beside a space or a stop as mrkdwn needs.
    text = "".join(f"{ends[op][0]}{escape(t)}{ends[op][1]}" if op in ends and t.strip() else escape(t)
                   for op, t in runs)
    return " ".join(text.split())  # one line: a quote in mrkdwn ends at a newline


# Slack has no escape for its own markers, and MT marks unknown words with one (Apertium's "*Larsen"):
# a zero-width space after each keeps it from opening or closing bold, italic, strike or code.
_MARKERS = re.compile(r"[*_~`]")


def escape(text: str) -> str:
    return words.inert(_MARKERS.sub(lambda m: m.group(0) + "\u200b", _entities(text)))


def _entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
