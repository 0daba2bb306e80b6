"""The audit's progress on stderr: pairs done of pending, errors, pairs per minute, elapsed and ETA.

On a terminal, a bar. In a log or a pipe (cron, systemd, nohup), where a bar draws nothing until the
end, a plain line every LOG_EVERY seconds and one at the end.
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

LOG_EVERY = 60.0  # seconds between progress lines where stderr is no terminal


def _rate(fields: dict, completed: float) -> float | None:
    """Pairs per minute since the first pair finished: model loading is not counted, nor the error rows
    of unreadable files, recorded at once before any check (they made an hour's audit read "ETA 0:00:04")."""
    first = fields.get("first")
    if first is None or completed <= fields.get("first_n", 0):
        return None
    return (completed - fields["first_n"]) / max(time.monotonic() - first, 1e-6) * 60


def _eta(fields: dict, completed: float, total: float) -> str:
    rate = _rate(fields, completed)
    return str(dt.timedelta(seconds=round((total - completed) / rate * 60))) if rate else "-:--:--"


class _Rate(ProgressColumn):
    def render(self, task) -> Text:
        rate = _rate(task.fields, task.completed)
        return Text(f"{rate:,.0f} pairs/min" if rate is not None else "-- pairs/min", style="progress.data.speed")


class _Remaining(ProgressColumn):
    """The time left at the rate shown beside it, not at rich's own (which counts the instant error rows)."""

    def render(self, task) -> Text:
        return Text(f"ETA {_eta(task.fields, task.completed, task.total or 0)}", style="progress.remaining")


@contextmanager
def bar(total: int, enabled: bool = True):
    """Yield `advance(n, errors)`; the bar (or the log's lines) show done/total, errors, rate and ETA."""
    console = Console(stderr=True)
    logged = enabled and total > 0 and not console.is_terminal
    progress = Progress(
        TextColumn("[bold]audit"), BarColumn(), MofNCompleteColumn(), TextColumn("pairs"),
        TextColumn("[red]{task.fields[errors]} errors"), _Rate(), TimeElapsedColumn(), _Remaining(),
        console=console, disable=not enabled or total == 0 or logged,
    )
    task = progress.add_task("audit", total=total, errors=0, first=None, first_n=0)
    errors, last = 0, time.monotonic()

    def line() -> None:
        t = progress.tasks[0]
        rate = _rate(t.fields, t.completed)
        print(f"tcheck audit: {t.completed:,.0f}/{total:,} pairs, {errors:,} errors, "
              f"{f'{rate:,.0f}' if rate is not None else '--'} pairs/min, ETA {_eta(t.fields, t.completed, total)}",
              file=sys.stderr, flush=True)

    def advance(n: int, new_errors: int = 0) -> None:
        nonlocal errors, last
        errors += new_errors
        fields = progress.tasks[0].fields
        if fields["first"] is None:
            progress.update(task, first=time.monotonic(), first_n=progress.tasks[0].completed + n)
        progress.update(task, advance=n, errors=errors)
        if logged and time.monotonic() - last >= LOG_EVERY:
            last = time.monotonic()
            line()

    with progress:
        yield advance
    if logged:
        line()
