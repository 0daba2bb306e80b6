"""An embedder that remembers the vectors of recent sentences, for a long-running service.

A newsroom bot checks an article again after each edit, and most sentences come back unchanged:
their vectors are the embedder's whole cost. The memory is bounded (least recently used first out).
The service's checks run in threads: the memory is read and written under a lock, and the model runs
outside it, so that two checks embed at once.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np


class MemoEmbedder:
    def __init__(self, inner, size: int = 20_000):
        self._inner, self._size = inner, size
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self.name, self.multilingual = inner.name, inner.multilingual
        self.hits = self.misses = 0
        self._lock = threading.Lock()

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return self._inner.embed_batch([])
        with self._lock:
            known = {t: self._memory[t] for t in texts if t in self._memory}
        todo = [t for t in dict.fromkeys(texts) if t not in known]
        if todo:
            known.update(zip(todo, self._inner.embed_batch(todo)))
        with self._lock:
            self.misses += len(todo)
            self.hits += len(texts) - len(todo)
            for t in dict.fromkeys(texts):
                self._memory[t] = known[t]
                self._memory.move_to_end(t)
            while len(self._memory) > self._size:
                self._memory.popitem(last=False)
        return np.stack([known[t] for t in texts])
