"""How well the original's words are matched in the rendering: the weak spot that a judgement of
the whole pair misses. Pure.

A cross-encoder reads a pair whole, and on real MT it ranks the raters' own errors (a mistranslated
word, a phrase left out) below a plain cosine. Those errors leave a few words of the original with
no good match among the rendering's words. So each of the original's tokens (contextual vectors
from the packaged all-MiniLM-L6-v2) takes its best cosine against the rendering's tokens, and the
mean of the `k` weakest is the pair's support: BERTScore's recall, read at its low end.

Measured on the calibration split (training/support.py), the support alone ranks natural changes
above faithful pairs better than the verifier does; added to the verifier's log-odds it keeps the
verifier's ranking of planted changes and lifts its ranking of natural ones. The packaged verifier
ships its `Support` (weight and centre) in its verifier.json, so every backend reads it the same way.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Support:
    """changed' = sigmoid(logit(changed) + weight * (centre - support)). `centre` is the faithful
    pairs' mean support, so a pair of typical support keeps the verifier's own judgement."""

    weight: float
    centre: float
    k: int = 3

    @classmethod
    def of(cls, config: dict) -> "Support | None":
        """From a verifier.json's "support" entry; None where it has none (a named cross-encoder)."""
        s = config.get("support")
        return cls(float(s["weight"]), float(s["centre"]), int(s.get("k", 3))) if s else None

    def sharpen(self, probs: np.ndarray, support: np.ndarray) -> np.ndarray:
        """The verifier's probabilities (n, 4: faithful first) with p(changed) moved by the support;
        the three kinds of change keep their proportions."""
        probs = np.asarray(probs, dtype=np.float64)
        changed = np.clip(1.0 - probs[:, 0], 1e-6, 1 - 1e-6)
        z = np.log(changed / (1 - changed)) + self.weight * (self.centre - np.asarray(support, dtype=np.float64))
        moved = 1.0 / (1.0 + np.exp(-z))
        kinds = probs[:, 1:] / np.maximum(probs[:, 1:].sum(axis=1, keepdims=True), 1e-12)
        return np.concatenate([(1 - moved)[:, None], kinds * moved[:, None]], axis=1).astype(np.float32)


def weakest(original: np.ndarray, rendering: np.ndarray, k: int = 3) -> float:
    """Mean of the k lowest best-match cosines of `original`'s unit token vectors among `rendering`'s.
    A side with no tokens supports nothing (0.0)."""
    if len(original) == 0 or len(rendering) == 0:
        return 0.0
    best = (original @ rendering.T).max(axis=1)
    return float(np.sort(best)[:k].mean())


@dataclass(frozen=True)
class Tokens:
    """A text's tokens, the special ones left out: where each stands in the text, and its unit vector."""

    spans: np.ndarray  # (tokens, 2): start and end character of each
    vectors: np.ndarray  # (tokens, dim)


def of_piece(tokens: Tokens, start: int, end: int, other: np.ndarray, k: int = 3) -> float:
    """`weakest` of the tokens that lie within text[start:end], among `other`'s token vectors: how
    well a piece of a text is matched on the other side, read in its sentence. A piece with no
    tokens of its own is matched (1.0): it says nothing."""
    inside = (tokens.spans[:, 0] >= start) & (tokens.spans[:, 1] <= end)
    return weakest(tokens.vectors[inside], other, k) if inside.any() and len(other) else 1.0


def of_pairs(originals: list[str], renderings: list[str], tokens: Callable[[list[str]], list[np.ndarray]],
             k: int = 3, chunk: int = 256) -> np.ndarray:
    """Per pair, `weakest` of its texts' token vectors, which `tokens` gives for a list of texts; a
    chunk of pairs at a time, so that a long document never holds all its token vectors at once."""
    out = np.empty(len(originals), dtype=np.float64)
    for start in range(0, len(originals), chunk):
        a, b = originals[start:start + chunk], renderings[start:start + chunk]
        texts = list(dict.fromkeys(a + b))
        vectors = dict(zip(texts, tokens(texts)))
        out[start:start + len(a)] = [weakest(vectors[x], vectors[y], k) for x, y in zip(a, b)]
    return out


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
