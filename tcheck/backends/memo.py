"""A memory of recent model outputs, for a long-running service.

A newsroom bot checks an article again after each edit, and most sentences come back unchanged:
their vectors and the verifier's judgements of their pairs are most of a check's cost. `Recent` is
`stored.Store` kept in the process's memory instead of a file, bounded (least recently used first
out), so that the same wrappers (stored.StoredEmbedder, stored.StoredVerifier) read either. The
service's checks run in threads: the memory is read and written under a lock, and the model runs
outside it (between a `get` and a `put`), so that two checks run their models at once.
"""
from __future__ import annotations

import threading
from collections import OrderedDict


class Recent:
    """(model, key) -> output bytes, at most `size` of them."""

    def __init__(self, size: int):
        self._size, self._memory, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, model: str, keys: list[bytes]) -> dict[bytes, bytes]:
        with self._lock:
            found = {k: self._memory[model, k] for k in keys if (model, k) in self._memory}
            for k in found:
                self._memory.move_to_end((model, k))
        return found

    def put(self, model: str, items: dict[bytes, bytes]) -> None:
        with self._lock:
            for k, value in items.items():
                self._memory[model, k] = value
                self._memory.move_to_end((model, k))
            while len(self._memory) > self._size:
                self._memory.popitem(last=False)

    def __len__(self) -> int:
        return len(self._memory)
