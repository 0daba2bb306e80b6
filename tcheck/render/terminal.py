"""A readable terminal report (rich): verdict, scores, then each finding with the evidence side by side.

The evidence is word-diffed as in the other formats: the finding's fact struck in red and bold in
green, the paraphrase around it struck and underlined lightly (in colour, on a terminal). Similarity
and chrF are for the curious: `verbose`."""
from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..types import Finding, Report
from . import words
from .diff import Run, finding_runs

_COLOUR = {"added": "green", "dropped": "red", "altered": "yellow"}
_SEVERITY = {"critical": "bold red", "major": "yellow", "minor": "dim"}


_STYLE = {"original": {"changed": "strike", "fact": "bold red strike"},
          "english": {"changed": "underline", "fact": "bold green"}}


def render(report: Report, width: int = 110, color: bool = False, verbose: bool = False) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=color, color_system="standard" if color else None,
                      highlight=False, emoji=False)
    meta, s = report.meta, report.scores
    counts = ", ".join(f"{report.count(t)} {t}" for t in ("added", "dropped", "altered"))
    verdict = ("No added, dropped or altered claims found." if not report.findings
               else f"{words.findings(report)}: {counts}")
    console.print(Text(verdict, style="bold green" if not report.findings else "bold"))
    if report.unreliable:
        console.print(Text(words.unreliable(report.unreliable), style="bold red"))
    scores = f"; BLEU {s.bleu:.1f}, chrF {s.chrf:.1f}" if verbose else ""
    level = f"; {level}" if (level := words.sensitivity(report)) else ""
    console.print(f"{meta.get('translation_lang', '?')} → {meta.get('original_lang', '?')} via "
                  f"{meta.get('translator', '?')}{scores}; coverage {s.coverage:.0%}{level}", style="dim")
    if report.ignored:
        console.print(words.ignored(report.ignored), style="dim")
    if report.below:
        console.print(words.below(report), style="dim")
    for n, (f, repeats) in enumerate(words.grouped(report.findings), 1):
        console.print(_panel(n, f, words.where(report, f), verbose, words.also(report, repeats)))
    return buf.getvalue()


def _panel(n: int, f: Finding, where: str, verbose: bool, also: str = "") -> Panel:
    title = Text.assemble((f"{n}. {f.type.upper()}", f"bold {_COLOUR[f.type]}"), "  ",
                          (f.severity, _SEVERITY[f.severity]),
                          "  ", (where, "dim"), "  ", (f.id, "dim"))
    table = Table.grid(padding=(0, 2), expand=True)
    table.add_column("original", ratio=1)
    table.add_column("translation", ratio=1)
    table.add_row(Text("original", style="dim"), Text("translation", style="dim"))
    before, after = finding_runs(f)
    if f.translation_en and f.translation_en != f.translation:
        right = Text(f.translation or "—")
        right.append("\n→ ", style="italic")
        right.append_text(_marked(after, "english", "italic"))
    else:
        right = _marked(after, "english") if after else Text("—")
    table.add_row(_marked(before, "original") if before else Text("—"), right)
    stats = []
    if verbose and f.similarity is not None and f.type == "altered":
        stats.append(f"similarity {f.similarity:.2f}")
    if verbose and f.chrf is not None:
        stats.append(f"chrF {f.chrf:.1f}")
    footer = Text(words.reason(f) + (f"   ({', '.join(stats)})" if stats else ""), style="bold")
    parts = [footer, table] + ([Text(also, style="dim")] if also else [])
    return Panel(Group(*parts), title=title, title_align="left", border_style=_COLOUR[f.type])


def _marked(runs: list[Run], side: str, base: str = "") -> Text:
    text = Text()
    for op, part in runs:
        text.append(part, style=" ".join(filter(None, [base, _STYLE[side].get(op, "")])) or None)
    return text
