"""What a user chooses among on the command line: MT engines, sensitivities, no verifier.

Its own module, without the pipeline, so that the CLI declares its options without importing
numpy and the checking code: `tcheck --version`, `--help`, `render` and `ignore` need none of it.
"""
from __future__ import annotations

import enum


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
