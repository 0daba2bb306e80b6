"""The packaged models through onnxruntime and `tokenizers`: no torch in the process.

A default check spends most of its cold start importing torch and sentence-transformers; these run
the same all-MiniLM-L6-v2 and tcheck's verifier from ONNX files that `tcheck models prepare` exports
once (tcheck/backends/prepared.py says where they live). Named models stay on sentence-transformers.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelMissing
from ..marker import Marker
from ..support import Support, Tokens, of_pairs, unit_rows
from ..verify import CLASSES, Marks
from .export import OUTPUTS, WEIGHTS


TOKEN_MEMO_BYTES = 32 * 2**20  # a 40-sentence pair's token vectors take about 4 MB
# Texts (or pairs) per run. Measured on 2 cores: 600 two-sentence texts embedded in 5.9 s at 16, 6.4 s
# at 32 and 7.5 s at 64 (the same vectors), and a cold check peaked 25 MB lower at 16 than at 64/32.
BATCH = 16
# Pairs per verifier run. A run pads its pairs to the longest of them, and the pairs that a check's
# verifier reads differ in length more than sentences do (a bead may join sentences). Measured on the
# nb fixture, warm, both ways round (pipeline.judge): the verify stage in 0.71x the time at normal
# (12 pairs) and 0.96x at high (84 pairs) against 16 a run; 4 a run saved less at normal.
PAIR_BATCH = 8


class Cores:
    """The cores that this process's ONNX runs share, where the service asks for it (`share`): each
    batch runs on cores // (batches in flight) threads, so a check alone uses them all and two at once
    split them. Otherwise each Encoder keeps the threads it was made with."""

    def __init__(self) -> None:
        self.total = 0
        self._running = 0
        self._lock = threading.Lock()

    @contextmanager
    def batch(self, own: int) -> Iterator[int]:
        """The threads for one batch; it counts as in flight until the block ends."""
        with self._lock:
            self._running += 1
            running = self._running
        try:
            yield max(1, self.total // running) if self.total else own
        finally:
            with self._lock:
                self._running -= 1


CORES = Cores()


def share(cores: int) -> None:
    """Let the packaged models' batches share `cores` (0: each Encoder keeps its own thread count).
    For the service, whose checks run at once in threads: measured on 2 cores with 2 workers, a new
    article checked alone was answered in 0.79x the time (1.06 s against 1.35 s, median of 3 runs),
    and new articles four at a time at the same rate."""
    CORES.total = cores


class Encoder:
    """One exported transformer and its tokenizer; inputs are texts or (text, text) pairs."""

    def __init__(self, folder: Path, max_length: int, threads: int):
        from tokenizers import Tokenizer

        self._folder, self._threads = folder, threads
        self._sessions: dict[int, object] = {}  # by intra-op thread count (CORES)
        self._loading = threading.Lock()
        try:
            session = self._session(threads)
            self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as e:  # a half-written or foreign folder: one line, and `models prepare` mends it
            if isinstance(e, MemoryError) or "bad_alloc" in str(e):  # a memory cap (an audit's --worker-memory)
                raise MemoryError(f"loading {folder.name}: {str(e).splitlines()[0][:200]}") from None
            raise ModelMissing(f"cannot load {folder}: {type(e).__name__}: {str(e).splitlines()[0][:200]} "
                               f"(run `tcheck models prepare`)") from None
        self._tokenizer.enable_truncation(max_length, strategy="longest_first")
        self._tokenizer.no_padding()
        self._inputs = {i.name for i in session.get_inputs()}
        # One fast tokenizer cannot serve two threads at once; the service's workers share this.
        self._lock = threading.Lock()
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()
        self._memo_bytes = 0

    def _session(self, threads: int):
        """The model on `threads` intra-op threads. A second thread count is a second session over the
        same mapped weights and arena: a few MB."""
        with self._loading:
            if threads not in self._sessions:
                import onnxruntime

                options = onnxruntime.SessionOptions()
                options.intra_op_num_threads = threads
                options.inter_op_num_threads = 1
                # Its own failures reach the user as one line (Encoder); its log would add a coloured second.
                options.log_severity_level = 4
                # Idle threads sleep instead of spinning for work: a cold check on 2 cores took the same
                # wall time and 0.90x the CPU, which the other checks of a busy machine get instead.
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                # Prepacked weights are a second copy of every matrix: 28 MB a model. Measured without
                # them: a cold check's wall time the same (0.96x, within noise), its peak 23 MB lower,
                # vectors within 1e-6.
                options.add_session_config_entry("session.disable_prepacking", "1")
                # One arena for every session in the process, not one each: each would grow to its own
                # model's largest batch and keep it. Measured: a cold check's peak 25 MB lower.
                _shared_arena()
                options.add_session_config_entry("session.use_env_allocators", "1")
                words = meta(self._folder).get("words")
                if words:  # older exports lack it and load their own copy
                    options.add_initializer(words["name"], _shared_words(self._folder, words))
                self._sessions[threads] = onnxruntime.InferenceSession(
                    str(self._folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
            return self._sessions[threads]

    def run(self, items: list, batch_size: int) -> np.ndarray:
        """Per item, the model's first output for it: token vectors (tokens, dim) mean-pooled to (dim,),
        or logits (classes,). Pooled batch by batch, so memory follows the items, not their tokens.
        A text's token vectors are remembered (up to TOKEN_MEMO_BYTES) for `tokens`."""
        out: np.ndarray | None = None
        for i, e, result in self.each(items, batch_size):
            if out is None:
                out = np.empty((len(items), result.shape[-1]), dtype=result.dtype)
            if result.ndim == 2:
                out[i] = result[:len(e.ids)].mean(axis=0)
                if isinstance(items[i], str):
                    self._remember(items[i], _content(e, result))
            else:
                out[i] = result
        assert out is not None
        return out

    def tokens(self, texts: list[str], batch_size: int) -> list[np.ndarray]:
        """Per text, its tokens' unit vectors (tokens, dim), the special tokens left out. A check's
        texts were embedded a moment before, so most come from memory."""
        with self._lock:
            known = {t: self._memo[t] for t in texts if t in self._memo}
        todo = [t for t in dict.fromkeys(texts) if t not in known]
        for i, e, result in self.each(todo, batch_size):
            known[todo[i]] = _content(e, result)
        return [known[t] for t in texts]

    def spans(self, texts: list[str]) -> list[np.ndarray]:
        """Per text, where each of its own tokens stands (tokens, 2), in `tokens`' order."""
        with self._lock:
            encodings = self._tokenizer.encode_batch(texts)
        return [np.array([o for o, special in zip(e.offsets, e.special_tokens_mask) if not special],
                         dtype=np.int64).reshape(-1, 2) for e in encodings]

    def _remember(self, text: str, vectors: np.ndarray) -> None:
        with self._lock:
            if text not in self._memo:
                self._memo[text] = vectors
                self._memo_bytes += vectors.nbytes
            self._memo.move_to_end(text)
            while self._memo and self._memo_bytes > TOKEN_MEMO_BYTES:
                self._memo_bytes -= self._memo.popitem(last=False)[1].nbytes

    def each(self, items: list, batch_size: int, output: str = OUTPUTS[0]):
        """(index, encoding, the model's output (by name) for that item alone), batch by batch."""
        with self._lock:
            encodings = self._tokenizer.encode_batch(items)
        # Shortest first, as sentence-transformers does: a batch pads only to its own longest.
        order = sorted(range(len(items)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chosen = order[start:start + batch_size]
            width = max(len(encodings[i].ids) for i in chosen)
            feed = {name: np.zeros((len(chosen), width), dtype=np.int64)
                    for name in ("input_ids", "attention_mask", "token_type_ids")}
            for row, i in enumerate(chosen):
                e = encodings[i]
                n = len(e.ids)
                feed["input_ids"][row, :n] = e.ids
                feed["attention_mask"][row, :n] = e.attention_mask
                feed["token_type_ids"][row, :n] = e.type_ids
            with CORES.batch(self._threads) as threads:
                result = self._session(threads).run([output], {k: v for k, v in feed.items() if k in self._inputs})[0]
            for row, i in enumerate(chosen):
                yield i, encodings[i], result[row]


@lru_cache(maxsize=1)
def _shared_arena() -> None:
    import onnxruntime

    cpu = onnxruntime.OrtMemoryInfo("Cpu", onnxruntime.OrtAllocatorType.ORT_ARENA_ALLOCATOR, 0,
                                    onnxruntime.OrtMemType.DEFAULT)
    # onnxruntime's defaults: no cap, chunks that double as the arena grows.
    onnxruntime.create_and_register_allocator(cpu, onnxruntime.OrtArenaCfg(0, 0, -1, -1))


_WORDS: dict[str, tuple] = {}  # digest -> (OrtValue, the memory map it reads); one per distinct matrix
_WORDS_LOCK = threading.Lock()


def _shared_words(folder: Path, words: dict):
    """The word embeddings that export.py found in `folder`'s weights, as one mapped matrix that every
    session loading the same bytes uses (the verifier keeps the base model's): 45 MB less at peak."""
    import onnxruntime

    with _WORDS_LOCK:
        if words["digest"] not in _WORDS:
            matrix = np.memmap(folder / WEIGHTS, dtype=np.float32, mode="r", offset=words["offset"],
                               shape=tuple(words["shape"]))
            _WORDS[words["digest"]] = (onnxruntime.OrtValue.ortvalue_from_numpy(matrix), matrix)
        return _WORDS[words["digest"]][0]


def _content(e, result: np.ndarray) -> np.ndarray:
    """The unit vectors of an encoding's own tokens, the special ones left out."""
    return unit_rows(result[[t for t, special in enumerate(e.special_tokens_mask) if not special]].astype(np.float32))


def meta(folder: Path) -> dict:
    """What export.py recorded of an export (tcheck.json): its dimension, labels, largest matrix."""
    return json.loads((folder / "tcheck.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def encoder(folder: Path, threads: int) -> Encoder:
    """One Encoder per export and thread count in a process: the verifier reads its token support
    from the embedder's own session rather than loading the base model twice."""
    return Encoder(folder, int(meta(folder)["max_length"]), threads)


class OnnxEmbedder:
    """Mean-pooled, L2-normalised sentence vectors, as the sentence-transformers model gives them."""

    multilingual = False

    def __init__(self, folder: Path, name: str, threads: int, batch_size: int = BATCH):
        self.name = name
        self.dim = int(meta(folder)["dim"])
        self._encoder = encoder(folder, threads)
        self._batch_size = batch_size

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Each distinct text once: an English rewrite keeps most sentences as they were.
        distinct = list(dict.fromkeys(texts))
        vectors = self._encoder.run(distinct, self._batch_size)
        vectors = (vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)).astype(np.float32)
        if len(distinct) == len(texts):
            return vectors
        row = {t: k for k, t in enumerate(distinct)}
        return vectors[[row[t] for t in texts]]

    def tokens(self, texts: list[str]) -> list[Tokens]:
        """Per text, its tokens' places and unit vectors (support.Tokens); a check's texts were
        embedded a moment before, so their vectors come from memory."""
        vectors = self._encoder.tokens(texts, self._batch_size)
        return [Tokens(s, v) for s, v in zip(self._encoder.spans(texts), vectors)]


class OnnxVerifier:
    """tcheck's packaged verifier: per (original, rendering) pair, the probabilities of CLASSES, and
    the same sharpened by the pair's token support (tcheck/support.py), read from the base model's
    export (the embedder's own session where it runs in this process)."""

    def __init__(self, folder: Path, name: str, threads: int, base: Path | None = None, batch_size: int = PAIR_BATCH):
        recorded = meta(folder)
        if list(recorded["labels"]) != list(CLASSES):
            raise ModelMissing(f"{folder}: labels {recorded['labels']} are not tcheck's {list(CLASSES)}")
        self.name = name
        self._encoder = Encoder(folder, int(recorded["max_length"]), threads)
        self._batch_size = batch_size
        self._support = Support.of(recorded)
        self._marker = Marker.of(recorded, folder)
        self._base: Encoder | None = None
        if self._support is not None:
            if base is None:
                raise ModelMissing(f"{folder}: this verifier reads the base model's tokens; give its export")
            self._base = encoder(base, threads)

    def classify(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        if not originals:
            return np.zeros((0, len(CLASSES)), dtype=np.float32)
        z = self._encoder.run(list(zip(originals, renderings)), self._batch_size).astype(np.float32)
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def sharpened(self, originals: list[str], renderings: list[str], probs: np.ndarray) -> np.ndarray:
        """`probs` (classify's) moved by each pair's token support: what the verifier raises its own
        findings on (tcheck/support.py)."""
        if self._support is None:
            return probs
        return self._support.sharpen(probs, self.support(originals, renderings, self._support.k))

    def marks(self, originals: list[str], renderings: list[str]) -> list[Marks] | None:
        """Per pair, the marker's log-odds that each token of the rendering carries the change
        (tcheck/marker.py); None for a verifier without a marker."""
        if self._marker is None:
            return None
        out: list[Marks] = [()] * len(originals)
        for i, e, hidden in self._encoder.each(list(zip(originals, renderings)), self._batch_size, OUTPUTS[1]):
            rows = [t for t, (kind, special) in enumerate(zip(e.type_ids, e.special_tokens_mask))
                    if kind == 1 and not special]
            out[i] = self._marker.marks([e.offsets[t] for t in rows], hidden[rows])
        return out

    def support(self, originals: list[str], renderings: list[str], k: int = 3, chunk: int = 256) -> np.ndarray:
        """Per pair, support.weakest of its tokens (support.of_pairs)."""
        assert self._base is not None
        base = self._base
        return of_pairs(originals, renderings, lambda texts: base.tokens(texts, BATCH), k, chunk)
