"""What a user chooses among on the command line: MT engines, sensitivities, severities, chat formats,
no verifier.

Its own module, without the pipeline, so that the CLI declares its options without importing
numpy and the checking code: `tcheck --version`, `--help`, `render` and `ignore` need none of it.
Where the values are the core's (severities), the choices are made from them, so that a new one is
offered where it is defined.
"""
from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from typing import Literal, get_args

from .severity import LEVELS


class MTEngine(str, enum.Enum):
    """Machine translation engines; the CLI's check and audit commands offer these."""

    argos = "argos"
    apertium = "apertium"


class Sensitivity(str, enum.Enum):
    """How ready a check is to flag: thresholds.json holds each level's (pipeline.Config.for_sensitivity)."""

    low = "low"
    normal = "normal"
    high = "high"


MT_ENGINES = tuple(e.value for e in MTEngine)
SENSITIVITIES = tuple(s.value for s in Sensitivity)
NO_VERIFIER = "none"  # --verifier none: the rules alone
PostFormat = Literal["slack", "markdown", "json"]  # what post.payload sends


def choice(name: str, values: Iterable[str]) -> type[enum.Enum]:
    """Values as typer offers them: a str enum whose members are named as they are spelled."""
    return enum.Enum(name, [(v, v) for v in values], type=str)


Severity = choice("Severity", LEVELS)
PostChoice = choice("PostChoice", get_args(PostFormat))


def seconds(value: float) -> float:
    """A time limit's option: a number, neither nan (which every comparison passes, so that a header
    timeout of nan answered 408 at once) nor inf (no deadline: a limit's 0 says none where one may)."""
    import typer

    if not math.isfinite(value):
        raise typer.BadParameter(f"{value} is no number of seconds")
    return value


def gibibytes(value: float) -> float:
    """--worker-memory: a number of GiB that a process's limit can hold, or inf for no cap."""
    import typer

    if math.isnan(value) or math.isfinite(value) and value * 1024**3 >= 2**63:
        raise typer.BadParameter(f"{value} is no memory a process can be given; inf or 0: no cap")
    return value
