"""An embedder and a verifier that remember their outputs for recent inputs, for a long-running service.

A newsroom bot checks an article again after each edit, and most sentences come back unchanged:
their vectors and the verifier's judgements of their pairs are most of a check's cost. The memory is
bounded (least recently used first out). The service's checks run in threads: the memory is read
and written under a lock, and the model runs outside it, so that two checks run their models at once.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

import numpy as np


class _Recent:
    """Outputs by key, at most `size`."""

    def __init__(self, size: int):
        self._size, self._memory, self._lock = size, OrderedDict(), threading.Lock()

    def rows(self, keys: list[Hashable], compute: Callable[[list], np.ndarray]) -> tuple[np.ndarray, int]:
        """Per key its row, and how many distinct keys `compute` was given (those not remembered)."""
        with self._lock:
            known = {k: self._memory[k] for k in keys if k in self._memory}
        todo = [k for k in dict.fromkeys(keys) if k not in known]
        if todo:
            known.update(zip(todo, compute(todo)))
        with self._lock:
            for k in dict.fromkeys(keys):
                self._memory[k] = known[k]
                self._memory.move_to_end(k)
            while len(self._memory) > self._size:
                self._memory.popitem(last=False)
        return np.stack([known[k] for k in keys]), len(todo)

    def __len__(self) -> int:
        return len(self._memory)


class MemoEmbedder:
    def __init__(self, inner, size: int = 20_000):
        self._inner, self._recent = inner, _Recent(size)
        self.name, self.multilingual = inner.name, inner.multilingual
        self.hits = self.misses = 0

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return self._inner.embed_batch([])
        out, new = self._recent.rows(texts, self._inner.embed_batch)
        self.misses += new
        self.hits += len(texts) - new
        return out


class MemoVerifier:
    """The verifier's probabilities, and its sharpened ones, per (original, rendering) pair."""

    def __init__(self, inner, size: int = 20_000):
        self._inner, self._recent = inner, _Recent(size)
        self.name = inner.name

    def classify(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        if not originals:
            return self._inner.classify([], [])
        keys = [("probs", o, r) for o, r in zip(originals, renderings)]
        return self._recent.rows(keys, lambda todo: self._inner.classify([o for _, o, _ in todo],
                                                                         [r for _, _, r in todo]))[0]

    def sharpened(self, originals: list[str], renderings: list[str], probs: np.ndarray) -> np.ndarray:
        """As the verifier sharpens them; the probabilities themselves where it does not (pipeline.judge)."""
        if not originals or not hasattr(self._inner, "sharpened"):
            return probs
        given = {(o, r): p for o, r, p in zip(originals, renderings, probs)}
        keys = [("sharpened", o, r) for o, r in zip(originals, renderings)]
        return self._recent.rows(keys, lambda todo: self._inner.sharpened(
            [o for _, o, _ in todo], [r for _, _, r in todo], np.stack([given[(o, r)] for _, o, r in todo])))[0]
