"""Words that every format says alike. Pure."""
from __future__ import annotations

from ..types import Doubt

_MEASURES = {
    "coverage": "only {value:.0%} of the original's sentences found a counterpart (real translations reach far above {bound:.0%})",
    "chrf": "the English rendering shares almost no wording with the original (chrF {value:.1f}, below {bound:.0f})",
}


def unreliable(doubt: Doubt) -> str:
    """The banner of a report whose translation step failed."""
    why = _MEASURES.get(doubt.measure, "{measure} {value} is below {bound}").format(**vars(doubt))
    return (f"Unreliable: the translation step looks broken, so these findings say little: {why}. "
            "Check the translation model (tcheck models list) or the --mt-file.")
