"""Model outputs kept on disk between runs of `tcheck check`: the packaged models', the translator's.

An editor checks a translation, fixes a sentence and checks again: every other sentence comes back
as it was, and so do its English rendering, its vector, its verifier scores and each side's
language. A cold process spends most of its time loading the language detector and the models and
running them on those texts; here their outputs are read from one SQLite file in the user's cache
instead, and a model is loaded only where some input is new to it.

What is kept: per model, the SHA-256 of each input and the model's output for it: a vector, the
verifier's probabilities, a language code, or a sentence's English rendering (the only words of an
article that the file holds; `--no-cache` keeps none). A model's name in the file is its export's
folder (named for its weights and exporter), or its translation package's files as they stand, so
that new weights never read an old output. At most STORE_ROWS outputs (about 80 MB); the oldest
written go first. A file that cannot be opened, read or written is no error: the models run, as
without it.

The wrappers read and write any memory with Store's `get` and `put`: the service keeps recent
outputs in its own memory the same way (memo.Recent), and an audit worker holds a chunk's outputs in
a Chunk over the audit's own file (uncapped: `rows=None`), written once per chunk.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import sqlite3
import threading
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np

from ..verify import CLASSES, Marks
from .base import Embedder, Translator, Verifier

STORE_ROWS = 50_000  # a sentence vector's row takes about 1.6 kB
KNOWN_SHARE = 0.9  # of a text's characters, in paragraphs of texts read before as one language: that language
FILE = "outputs.sqlite"
T = TypeVar("T")


def digest(*parts: str) -> bytes:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).digest()


class Memory(Protocol):
    """Per model, output bytes by input digest: Store (a file), memo.Recent (a process's memory)."""

    def get(self, model: str, keys: list[bytes]) -> dict[bytes, bytes]: ...

    def put(self, model: str, items: dict[bytes, bytes]) -> None: ...


class Store:
    """One SQLite file of (model, input digest) -> output bytes, shared by one user's processes, or by
    an audit's workers. `rows`: the most it keeps, the oldest written going first (None: all).
    `timeout`: seconds to wait for another process's write."""

    def __init__(self, path: str | Path, rows: int | None = STORE_ROWS, timeout: float = 5.0):
        self.path, self._rows, self._timeout = Path(path), rows, timeout
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._lock = threading.Lock()

    def get(self, model: str, keys: list[bytes]) -> dict[bytes, bytes]:
        found: dict[bytes, bytes] = {}
        with self._lock:
            db = self._open()
            try:
                for start in range(0, len(keys) if db else 0, 500):  # SQLite allows 999 parameters at the least
                    chunk = keys[start:start + 500]
                    found.update(db.execute(f"SELECT key, value FROM outputs WHERE model = ? AND key IN "
                                            f"({','.join('?' * len(chunk))})", [model, *chunk]).fetchall())
            except sqlite3.Error:
                self._broken = True
        return found

    def put(self, model: str, items: dict[bytes, bytes]) -> None:
        with self._lock:
            db = self._open()
            if db is None or not items:
                return
            try:
                with db:
                    db.executemany("INSERT OR REPLACE INTO outputs (model, key, value) VALUES (?, ?, ?)",
                                   [(model, k, v) for k, v in items.items()])
                    if self._rows is not None:  # each write takes a higher rowid: the lowest are the oldest
                        db.execute("DELETE FROM outputs WHERE rowid <= (SELECT max(rowid) FROM outputs) - ?",
                                   (self._rows,))
            except sqlite3.Error:
                self._broken = True

    def open(self) -> bool:
        """Make the file now (an audit's driver does, before its workers open it at once), and say
        whether it can be used."""
        with self._lock:
            return self._open() is not None

    def _open(self) -> sqlite3.Connection | None:
        if self._db is None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=self._timeout, check_same_thread=False)
                # Readers beside a writer, for checks run in parallel. The mode stays in the file; a
                # switch that meets another process's lock fails at once (no busy timeout), and the
                # store then works in the default mode, one at a time.
                if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    with contextlib.suppress(sqlite3.OperationalError):
                        db.execute("PRAGMA journal_mode=WAL")
                db.execute("CREATE TABLE IF NOT EXISTS outputs (model TEXT NOT NULL, key BLOB NOT NULL, "
                           "value BLOB NOT NULL, UNIQUE (model, key))")
                self._db = db
            except (OSError, sqlite3.Error):
                self._broken = True
        return self._db


class Chunk:
    """A Memory that holds what it reads and is given until `flush()`, which writes the new outputs
    to `inner` (one write per model) and forgets the rest. An audit worker embeds a chunk's sentences
    in one batch, and each pair's check then finds them here, without a read of the file."""

    def __init__(self, inner: Memory | None = None):
        self._inner = inner
        self._held: dict[str, dict[bytes, bytes]] = {}
        self._new: dict[str, dict[bytes, bytes]] = {}

    def get(self, model: str, keys: list[bytes]) -> dict[bytes, bytes]:
        held = self._held.setdefault(model, {})
        missing = [k for k in dict.fromkeys(keys) if k not in held]
        if missing and self._inner is not None:
            held.update(self._inner.get(model, missing))
        return {k: held[k] for k in keys if k in held}

    def put(self, model: str, items: dict[bytes, bytes]) -> None:
        self._held.setdefault(model, {}).update(items)
        self._new.setdefault(model, {}).update(items)

    def flush(self) -> None:
        if self._inner is not None:
            for model, items in self._new.items():
                self._inner.put(model, items)
        self._held, self._new = {}, {}


def language(store: Memory, model: str, text: str, detect: Callable[[str], str]) -> str:
    """The language `detect` says `text` is in, or said before. An edited text is mostly paragraphs
    of the text it was: where KNOWN_SHARE of its characters stand in paragraphs that earlier texts,
    all read as one language, held, it is that language, and the detector need not load."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    key, keys = digest(text), [digest(p) for p in paragraphs]
    said = {k: v.decode() for k, v in store.get(model, [key, *keys]).items()}
    if key in said:
        return said[key]
    known = {said[k] for k in keys if k in said}
    covered = sum(len(p) for p, k in zip(paragraphs, keys) if k in said)
    if len(known) == 1 and covered >= KNOWN_SHARE * sum(len(p) for p in paragraphs):
        lang = known.pop()
    else:
        lang = detect(text)
    store.put(model, dict.fromkeys([key, *keys], lang.encode()))
    return lang


def remembered(store: Memory, model: str, inputs: dict[bytes, Hashable], compute: Callable[[list], Sequence],
               encode: Callable[[object], bytes], decode: Callable[[bytes], object]) -> dict[bytes, object]:
    """Per key of `inputs`, what `compute` gives for its input: from the store where it holds it, else
    computed (the inputs it lacks, in one call) and stored."""
    known = {k: decode(v) for k, v in store.get(model, list(inputs)).items()}
    todo = [k for k in inputs if k not in known]
    if todo:
        new = dict(zip(todo, compute([inputs[k] for k in todo])))
        store.put(model, {k: encode(v) for k, v in new.items()})
        known.update(new)
    return known


def _rows(store: Memory, model: str, inputs: dict[bytes, Hashable], compute: Callable[[list], np.ndarray],
          keys: list[bytes]) -> np.ndarray:
    """Per key, the float32 row that `compute` gives for its input (remembered)."""
    known = remembered(store, model, inputs, lambda todo: np.asarray(compute(todo), dtype=np.float32),
                       lambda row: row.tobytes(), lambda b: np.frombuffer(b, dtype=np.float32))
    return np.stack([known[k] for k in keys])


def once(load: Callable[[], T]) -> Callable[[], T]:
    """`load`'s model, loaded at the first call and only once, even where checks in threads (the
    service's) ask for it at the same moment: a model loaded twice takes its memory twice."""
    lock, loaded = threading.Lock(), functools.cache(load)

    def model() -> T:
        with lock:
            return loaded()
    return model


class StoredEmbedder:
    """An embedder's vectors (the packaged one's, or the service's model's), from the memory where it
    holds them; the model (`load`) loads at the first text that it does not hold."""

    def __init__(self, load: Callable[[], Embedder], model: str, name: str, dim: int, store: Memory,
                 multilingual: bool = False):
        self._loaded, self._model, self._store = once(load), model, store
        self.name, self.dim, self.multilingual = name, dim, multilingual

    @classmethod
    def over(cls, model: Embedder, key: str, store: Memory) -> "StoredEmbedder":
        """A model loaded already, its vectors kept in `store` under `key`."""
        return cls(lambda: model, key, model.name, model.embed_batch([]).shape[1], store, model.multilingual)

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [digest(t) for t in texts]
        return _rows(self._store, self._model, dict(zip(keys, texts)), lambda todo: self._loaded().embed_batch(todo),
                     keys)


class StoredVerifier:
    """A verifier's probabilities and sharpened probabilities (the packaged one's, or the service's
    model's), from the memory where it holds them; the model (`load`) loads at the first pair that it
    does not hold."""

    def __init__(self, load: Callable[[], Verifier], model: str, name: str, store: Memory, symmetric: bool = False):
        self._loaded, self._model, self._store = once(load), model, store
        self.name = name
        self.symmetric = symmetric  # as the model's own (pipeline.judge), said before it loads

    @classmethod
    def over(cls, model: Verifier, key: str, store: Memory) -> "StoredVerifier":
        """A model loaded already, its judgements kept in `store` under `key`."""
        return cls(lambda: model, key, model.name, store, getattr(model, "symmetric", False))

    def classify(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        return self._pairs("probs", originals, renderings, lambda o, r: self._loaded().classify(o, r))

    def sharpened(self, originals: list[str], renderings: list[str], probs: np.ndarray) -> np.ndarray:
        """As the model sharpens them; `probs` themselves where it does not (pipeline.judge)."""
        row = {(o, r): p for o, r, p in zip(originals, renderings, probs)}

        def compute(o: list[str], r: list[str]) -> np.ndarray:
            given, model = np.stack([row[pair] for pair in zip(o, r)]), self._loaded()
            return model.sharpened(o, r, given) if hasattr(model, "sharpened") else given

        return self._pairs("sharpened", originals, renderings, compute)

    def marks(self, originals: list[str], renderings: list[str]) -> list[Marks | None]:
        """As the model marks them; None for a pair where it does not (a named cross-encoder)."""
        def compute(pairs: list[tuple[str, str]]) -> list[Marks | None]:
            model = self._loaded()
            got = model.marks([o for o, _ in pairs], [r for _, r in pairs]) if hasattr(model, "marks") else None
            return got if got is not None else [None] * len(pairs)

        keys = [digest(o, r) for o, r in zip(originals, renderings)]
        known = remembered(self._store, f"{self._model}/marks", dict(zip(keys, zip(originals, renderings))), compute,
                           lambda m: b"" if m is None else np.asarray(m, dtype=np.float32).reshape(-1, 3).tobytes(),
                           lambda b: tuple((int(s), int(e), float(p)) for s, e, p in
                                           np.frombuffer(b, dtype=np.float32).reshape(-1, 3)) if b else None)
        return [known[k] for k in keys]

    def _pairs(self, what: str, originals: list[str], renderings: list[str], compute) -> np.ndarray:
        if not originals:
            return np.zeros((0, len(CLASSES)), dtype=np.float32)
        keys = [digest(o, r) for o, r in zip(originals, renderings)]
        return _rows(self._store, f"{self._model}/{what}", dict(zip(keys, zip(originals, renderings))),
                     lambda todo: compute([o for o, _ in todo], [r for _, r in todo]), keys)


class StoredTranslator:
    """A translator's English for each sentence, from the store where it holds it; the model (`load`)
    loads at the first sentence that it does not hold."""

    def __init__(self, load: Callable[[], Translator], model: str, name: str, store: Memory):
        self._loaded, self._model, self._store = once(load), model, store
        self.name = name

    def translate_batch(self, sentences: list[str]) -> list[str]:
        keys = [digest(s) for s in sentences]
        known = remembered(self._store, self._model, dict(zip(keys, sentences)),
                           lambda todo: self._loaded().translate_batch(todo),
                           lambda english: english.encode("utf-8", "surrogatepass"),
                           lambda b: b.decode("utf-8", "surrogatepass"))
        return [known[k] for k in keys]
