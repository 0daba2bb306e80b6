"""Translations and embeddings cached in memory and on disk, keyed by model name and text hash.

`CachedEmbedder` and `CachedTranslator` wrap any Embedder / Translator: a batch is looked up in
memory, then on disk, and only the misses reach the model, as one batch. A worker warms them with
all the sentences of a chunk of pairs at once, then `pipeline.check` runs per pair on memory hits.
New entries go to disk at `flush()`, one transaction per chunk; several worker processes share
one SQLite file in WAL mode.
"""
from __future__ import annotations

import hashlib
import random
import sqlite3
import time
from pathlib import Path

import numpy as np

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (model TEXT, hash TEXT, vector BLOB, PRIMARY KEY (model, hash));
CREATE TABLE IF NOT EXISTS translations (model TEXT, hash TEXT, text TEXT, PRIMARY KEY (model, hash));
"""
_CHUNK = 500  # SQLite's limit on bound parameters is far above this


def text_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _wal(db: sqlite3.Connection, seconds: float = 60.0) -> None:
    """Switch to WAL, waiting for the other workers. SQLite answers a journal-mode change that meets
    another connection's lock with "database is locked" at once, without the busy timeout: a Ray
    actor, opening the cache beside the others, died of it in a fresh-clone test run."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05 + random.random() * 0.1)


class CacheStore:
    """An SQLite file of vectors and translations. Safe to share between processes."""

    def __init__(self, path: str | Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        _wal(self._db)
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def get(self, table: str, model: str, hashes: list[str]) -> dict[str, object]:
        column = _column(table)
        out: dict[str, object] = {}
        for i in range(0, len(hashes), _CHUNK):
            part = hashes[i:i + _CHUNK]
            marks = ",".join("?" * len(part))
            rows = self._db.execute(
                f"SELECT hash, {column} FROM {table} WHERE model = ? AND hash IN ({marks})", [model, *part]
            )
            for h, value in rows:
                out[h] = np.frombuffer(value, dtype=np.float32) if table == "embeddings" else value
        return out

    def put(self, table: str, model: str, items: dict[str, object]) -> None:
        if not items:
            return
        column = _column(table)
        rows = [(model, h, v.astype(np.float32).tobytes() if table == "embeddings" else v) for h, v in items.items()]
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(f"INSERT OR IGNORE INTO {table} (model, hash, {column}) VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()


def _column(table: str) -> str:
    return {"embeddings": "vector", "translations": "text"}[table]


class _Cached:
    table = ""

    def __init__(self, model: str, store: CacheStore | None):
        self._model = model
        self._store = store
        self._memory: dict[str, object] = {}
        self._new: dict[str, object] = {}
        self.hits = self.misses = 0

    def _lookup(self, texts: list[str], compute) -> list:
        keys = [text_key(t) for t in texts]
        wanted = list(dict.fromkeys(k for k in keys if k not in self._memory))
        if wanted and self._store is not None:
            self._memory.update(self._store.get(self.table, self._model, wanted))
        todo = {k: t for k, t in zip(keys, texts) if k not in self._memory}
        self.hits += len(keys) - len(todo)
        self.misses += len(todo)
        if todo:
            fresh = compute(list(todo.values()))
            for k, value in zip(todo, fresh):
                self._memory[k] = value
                self._new[k] = value
        return [self._memory[k] for k in keys]

    def flush(self) -> None:
        """Write new entries to disk and forget the in-memory ones (a chunk's worth)."""
        if self._store is not None:
            self._store.put(self.table, self._model, self._new)
        self._new = {}
        self._memory = {}


class CachedEmbedder(_Cached):
    table = "embeddings"

    def __init__(self, inner, store: CacheStore | None):
        super().__init__(inner.name, store)
        self._inner = inner
        self.name = inner.name
        self.multilingual = inner.multilingual

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return self._inner.embed_batch([])
        return np.stack(self._lookup(texts, lambda todo: list(self._inner.embed_batch(todo))))


class CachedTranslator(_Cached):
    table = "translations"

    def __init__(self, inner, store: CacheStore | None, variant: str = ""):
        super().__init__(f"{inner.name}{variant}", store)
        self._inner = inner
        self.name = inner.name

    def translate_batch(self, sentences: list[str]) -> list[str]:
        if not sentences:
            return []
        return self._lookup(sentences, self._inner.translate_batch)
