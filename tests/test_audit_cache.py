"""Caches: a batch reaches the model only for texts not seen before, in memory or on disk."""
from __future__ import annotations

import numpy as np

from tcheck.audit.cache import CachedEmbedder, CachedTranslator, CacheStore


class CountingEmbedder:
    name = "fake-embedder"
    multilingual = False

    def __init__(self):
        self.calls: list[list[str]] = []

    def embed_batch(self, texts):
        self.calls.append(list(texts))
        v = np.array([[len(t), t.count("a") + 1.0, 1.0] for t in texts], dtype=np.float32).reshape(-1, 3)
        return v / np.linalg.norm(v, axis=1, keepdims=True) if len(texts) else v


class CountingTranslator:
    name = "fake-translator"

    def __init__(self):
        self.calls: list[list[str]] = []

    def translate_batch(self, sentences):
        self.calls.append(list(sentences))
        return [s.upper() for s in sentences]


def test_embedder_batches_misses_once_and_dedupes(tmp_path):
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, CacheStore(tmp_path / "c.sqlite"))
    first = cached.embed_batch(["a cat", "a dog", "a cat"])
    assert inner.calls == [["a cat", "a dog"]]
    again = cached.embed_batch(["a dog", "a cat"])
    assert inner.calls == [["a cat", "a dog"]]  # memory hits
    np.testing.assert_array_equal(again, first[[1, 0]])
    assert cached.embed_batch([]).shape == (0, 3)


def test_disk_cache_survives_a_new_process_and_is_keyed_by_model(tmp_path):
    store = tmp_path / "c.sqlite"
    a = CachedEmbedder(CountingEmbedder(), CacheStore(store))
    vectors = a.embed_batch(["one", "two"])
    a.flush()
    inner = CountingEmbedder()
    b = CachedEmbedder(inner, CacheStore(store))
    np.testing.assert_array_equal(b.embed_batch(["two", "one"]), vectors[[1, 0]])
    assert inner.calls == [] and b.hits == 2
    other = CountingEmbedder()
    other.name = "another-model"
    CachedEmbedder(other, CacheStore(store)).embed_batch(["one"])
    assert other.calls == [["one"]]


def test_translator_cache_keys_on_model_variant(tmp_path):
    store = CacheStore(tmp_path / "c.sqlite")
    t = CachedTranslator(CountingTranslator(), store, "|beam=2")
    assert t.translate_batch(["hei", "hallo", "hei"]) == ["HEI", "HALLO", "HEI"]
    t.flush()
    inner = CountingTranslator()
    assert CachedTranslator(inner, store, "|beam=2").translate_batch(["hallo"]) == ["HALLO"] and inner.calls == []
    inner4 = CountingTranslator()
    CachedTranslator(inner4, store, "|beam=4").translate_batch(["hallo"])
    assert inner4.calls == [["hallo"]]


def test_memory_only_without_a_store():
    inner = CountingTranslator()
    t = CachedTranslator(inner, None)
    t.translate_batch(["a"])
    t.flush()
    t.translate_batch(["a"])
    assert inner.calls == [["a"], ["a"]]


def test_a_store_waits_for_another_connections_lock(tmp_path):
    """Opening the cache while another worker holds a write lock on it waits, instead of dying with
    "database is locked" (journal-mode changes skip SQLite's busy timeout)."""
    import sqlite3
    import threading

    path = tmp_path / "cache.sqlite"
    holder = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    timer.start()
    store = CacheStore(path)  # raised sqlite3.OperationalError before
    timer.join()
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
