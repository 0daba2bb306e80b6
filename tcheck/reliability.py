"""Whether the translation step itself failed. Pure.

A broken or wrong translation model (gibberish, another language, a truncated output) does not look
like a bad translation: nothing aligns, and every sentence becomes a dropped and an added claim.
Dozens of critical findings would then bury the one thing worth saying, so the report's verdict
becomes `unreliable` instead, naming the measure that collapsed.

The bounds sit far below what real translations reach. Measured on the real-MT corpus's train split
(benchmarks/reliability.py: 44 article pairs, each an article as two MT systems rendered it), real
renderings had coverage of at least 0.64 and chrF of at least 51.0. Broken ones: another article's
rendering reached coverage 0.11 at most (all 44 caught), the rendering with its letters rotated
(gibberish of the right shape) coverage 0.29 and chrF 17.4 (all caught). Not caught: the rendering's
own words shuffled (6 of 44 caught; 7 before SPOKEN), since both measures read words and not their
order. A short text says too little to judge, so it is never unreliable.

A translation that says less than its original (an article cut to its first paragraphs, a rewrite of
part of it) collapses both measures too, but its own sentences find their counterparts, as a broken
step's do not: there what it lacks is dropped claims, reported as such. Measured with SPOKEN, the
broken renderings above were all caught still, and no real one.
"""
from __future__ import annotations

from .types import Doubt, Scores

MIN_SENTENCES = 4  # original sentences (claims) below which nothing is judged
COVERAGE = 0.4  # share of the original's sentences that found a counterpart
CHRF = 25.0  # document chrF of the English rendering against the original
# Share of the translation's own sentences that found a counterpart, from which it says less but
# says it faithfully: far above the broken steps' coverage (0.29 at most), as real renderings' is.
SPOKEN = 0.6


def judge(scores: Scores, claims: int, spoken: float = 0.0) -> Doubt | None:
    """`claims`: the original's sentences; `spoken`: the share of the translation's that found a
    counterpart."""
    if claims < MIN_SENTENCES or spoken >= SPOKEN:
        return None
    if scores.coverage < COVERAGE:
        return Doubt("coverage", scores.coverage, COVERAGE)
    if scores.chrf < CHRF:
        return Doubt("chrf", scores.chrf, CHRF)
    return None
