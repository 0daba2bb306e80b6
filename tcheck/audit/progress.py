"""The audit's progress bar on stderr: pairs done of pending, pairs per minute, elapsed and ETA."""
from __future__ import annotations

import time
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.text import Text


class _Rate(ProgressColumn):
    """Pairs per minute since the first pair finished (model loading is not counted)."""

    def render(self, task) -> Text:
        first = task.fields.get("first")
        if first is None or task.completed <= task.fields.get("first_n", 0):
            return Text("-- pairs/min", style="progress.data.speed")
        rate = (task.completed - task.fields["first_n"]) / max(time.monotonic() - first, 1e-6) * 60
        return Text(f"{rate:,.0f} pairs/min", style="progress.data.speed")


@contextmanager
def bar(total: int, enabled: bool = True):
    """Yield `advance(n, errors)`; the bar shows done/total, errors so far, rate and ETA."""
    console = Console(stderr=True)
    progress = Progress(
        TextColumn("[bold]audit"), BarColumn(), MofNCompleteColumn(), TextColumn("pairs"),
        TextColumn("[red]{task.fields[errors]} errors"), _Rate(), TimeElapsedColumn(),
        TextColumn("ETA"), TimeRemainingColumn(), console=console, disable=not enabled or total == 0,
    )
    task = progress.add_task("audit", total=total, errors=0, first=None, first_n=0)
    errors = 0

    def advance(n: int, new_errors: int = 0) -> None:
        nonlocal errors
        errors += new_errors
        fields = progress.tasks[0].fields
        if fields["first"] is None:
            progress.update(task, first=time.monotonic(), first_n=progress.tasks[0].completed + n)
        progress.update(task, advance=n, errors=errors)

    with progress:
        yield advance
