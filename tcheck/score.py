"""sacrebleu scores: document BLEU/chrF and sentence chrF. Pure."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _metrics():
    from sacrebleu.metrics import BLEU, CHRF

    return BLEU(effective_order=True), CHRF()


def sentence_chrf(hypothesis: str, reference: str) -> float:
    return round(_metrics()[1].sentence_score(hypothesis, [reference]).score, 1)


def document(hypotheses: list[str], references: list[str]) -> tuple[float, float, str, str]:
    """BLEU and chrF of the whole translation as one text against the original; with signatures."""
    bleu, chrf = _metrics()
    hyp, ref = [" ".join(hypotheses)], [[" ".join(references)]]
    b = bleu.corpus_score(hyp, ref)
    c = chrf.corpus_score(hyp, ref)
    return round(b.score, 1), round(c.score, 1), str(bleu.get_signature()), str(chrf.get_signature())
