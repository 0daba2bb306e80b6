"""An embedder that remembers the vectors of recent sentences, for a long-running service.

A newsroom bot checks an article again after each edit, and most sentences come back unchanged:
their vectors are the embedder's whole cost. The memory is bounded (least recently used first out).
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np


class MemoEmbedder:
    def __init__(self, inner, size: int = 20_000):
        self._inner, self._size = inner, size
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self.name, self.multilingual = inner.name, inner.multilingual
        self.hits = self.misses = 0

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in self._memory))
        self.misses += len(todo)
        self.hits += len(texts) - len(todo)
        if todo:
            for text, vector in zip(todo, self._inner.embed_batch(todo)):
                self._memory[text] = vector
        if not texts:
            return self._inner.embed_batch([])
        out = np.stack([self._memory[t] for t in texts])
        for t in texts:
            self._memory.move_to_end(t)
        while len(self._memory) > self._size:
            self._memory.popitem(last=False)
        return out
