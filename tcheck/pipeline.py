"""check(original, translation, translator, embedder) -> Report: the pure core, wired in order.

segment -> translate -> embed -> align -> compare -> score. Backends are passed in, never imported.
"""
from __future__ import annotations

import json
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import align, claims, lexical, markup, partial, rendering, score, segment
from .backends.base import Embedder, Translator
from .compare import compare
from .errors import InputError
from .types import Document, Report, Scores


@dataclass(frozen=True)
class Config:
    align: align.AlignConfig = field(default_factory=align.AlignConfig)
    claims: claims.ClaimConfig = field(default_factory=claims.ClaimConfig)

    @classmethod
    def for_sensitivity(cls, level: str = "normal") -> "Config":
        """Thresholds chosen by benchmarks/accuracy/calibrate.py for a faithful-flag budget:
        low 1%, normal 3%, high 6% (more recall, more false alarms)."""
        table = _thresholds()
        if level not in table:
            raise InputError(f"unknown sensitivity {level!r}; use low, normal or high")
        t = table[level]
        return cls(align.AlignConfig(**t["align"]), claims.ClaimConfig(**t["claims"]))


@lru_cache(maxsize=1)
def _thresholds() -> dict:
    path = Path(__file__).with_name("thresholds.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"normal": {"align": {}, "claims": {}}}


def prepare(text: str, lang: str, fmt: markup.Format = "text", name: str = "input") -> Document:
    doc = segment.segment(markup.blocks(text, fmt), lang)
    if not doc.segments:
        raise InputError(f"{name}: no sentences found")
    return doc


def check(
    original: Document,
    translation: Document,
    translator: Translator,
    embedder: Embedder,
    rendered: Document | None = None,
    config: Config = Config(),
) -> Report:
    timings: dict[str, float] = {}

    @contextmanager
    def stage(name: str):
        t0 = time.perf_counter()
        yield
        timings[name] = round(timings.get(name, 0.0) + time.perf_counter() - t0, 4)

    with stage("translate"):
        if rendered is not None:
            english = rendering.pair(translation, rendered)
        elif translation.lang == "en":
            english = translation.texts
        else:
            english = translator.translate_batch(translation.texts)

    o_texts = original.texts
    n = len(o_texts)
    with stage("embed"):
        vectors = embedder.embed_batch(o_texts + english)
        eo, ee = vectors[:n], vectors[n:]
        sim = eo @ ee.T
        if embedder.multilingual and translation.lang != "en":
            # A second signal that MT errors cannot hide: the source sentences against the original.
            sim = (sim + eo @ embedder.embed_batch(translation.texts).T) / 2

    with stage("align"):
        links = align.link(sim, config.align)
        links = sorted(links + [(i, j) for i, j in align.weak_links(sim, config.align)
                                if min(lexical.coverage(o_texts[i], english[j]),
                                       lexical.coverage(english[j], o_texts[i])) >= config.align.weak_overlap])
        candidates = align.merge_candidates(links, n, len(english))
    with stage("embed"):
        joined_sim = _joined_similarity(candidates, o_texts, english, eo, ee, embedder)
    with stage("align"):
        overlap = [_loose_overlap(c, o_texts, english) for c in candidates]
        beads = align.build_beads(sim, links, candidates, joined_sim, overlap, config.align)

    with stage("claims"):
        verbatim = rendered is None and translation.lang == "en"
        claim_cfg = config.claims if verbatim else config.claims.translated()
        found = partial.find(beads, o_texts, english, eo, ee, embedder, claim_cfg)
        beads, found = partial.reunite(beads, found, o_texts, english, ee, eo, embedder, claim_cfg)

    with stage("compare"):
        findings = compare(original, translation, english, beads, verbatim, found)

    with stage("score"):
        bleu, chrf, bsig, csig = score.document(english, o_texts)
        claim_rows = [i for i, s in enumerate(original.segments) if s.kind in ("sentence", "caption")]
        matched = {i for b in beads if b.translation for i in b.original}
        coverage = round(sum(1 for i in claim_rows if i in matched) / len(claim_rows), 3) if claim_rows else 1.0

    meta = {"original_lang": original.lang, "translation_lang": translation.lang,
            "translator": "mt-file" if rendered is not None else translator.name, "embedder": embedder.name}
    return Report(original, translation, tuple(english), tuple(beads), tuple(findings),
                  Scores(bleu, chrf, coverage, bsig, csig), meta, timings)


def _loose_overlap(c: align.MergeCandidate, o_texts: list[str], english: list[str]) -> float:
    if c.side == "original":
        return lexical.coverage(o_texts[c.loose], english[c.partner])
    return lexical.coverage(english[c.loose], o_texts[c.partner])


def _joined_similarity(candidates, o_texts, english, eo, ee, embedder) -> list[float]:
    if not candidates:
        return []
    texts = []
    for c in candidates:
        side = o_texts if c.side == "original" else english
        a, b = c.span
        texts.append(f"{side[a]} {side[b]}")
    joined = embedder.embed_batch(texts)
    partners = np.stack([ee[c.partner] if c.side == "original" else eo[c.partner] for c in candidates])
    return [float(x) for x in np.sum(joined * partners, axis=1)]
