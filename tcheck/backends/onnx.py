"""The packaged models through onnxruntime and `tokenizers`: no torch in the process.

A default check spends most of its cold start importing torch and sentence-transformers; these run
the same all-MiniLM-L6-v2 and tcheck's verifier from ONNX files that `tcheck models prepare` exports
once (tcheck/backends/prepared.py says where they live). Named models stay on sentence-transformers.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np

from ..errors import ModelMissing
from ..verify import CLASSES


class Encoder:
    """One exported transformer and its tokenizer; inputs are texts or (text, text) pairs."""

    def __init__(self, folder: Path, max_length: int, threads: int):
        import onnxruntime
        from tokenizers import Tokenizer

        try:
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            self._session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options,
                                                         providers=["CPUExecutionProvider"])
            self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as e:  # a half-written or foreign folder: one line, and `models prepare` mends it
            raise ModelMissing(f"cannot load {folder}: {type(e).__name__}: {str(e).splitlines()[0][:200]} "
                               f"(run `tcheck models prepare`)") from None
        self._tokenizer.enable_truncation(max_length, strategy="longest_first")
        self._tokenizer.no_padding()
        self._inputs = {i.name for i in self._session.get_inputs()}
        # One fast tokenizer cannot serve two threads at once; the service's workers share this.
        self._lock = threading.Lock()

    def run(self, items: list, batch_size: int) -> np.ndarray:
        """Per item, the model's first output for it: token vectors (tokens, dim) mean-pooled to (dim,),
        or logits (classes,). Pooled batch by batch, so memory follows the items, not their tokens."""
        with self._lock:
            encodings = self._tokenizer.encode_batch(items)
        # Shortest first, as sentence-transformers does: a batch pads only to its own longest.
        order = sorted(range(len(items)), key=lambda i: len(encodings[i].ids))
        out: np.ndarray | None = None
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
            result = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
            if out is None:
                out = np.empty((len(items), result.shape[-1]), dtype=result.dtype)
            for row, i in enumerate(chosen):
                out[i] = result[row, :len(encodings[i].ids)].mean(axis=0) if result.ndim == 3 else result[row]
        assert out is not None
        return out


class OnnxEmbedder:
    """Mean-pooled, L2-normalised sentence vectors, as the sentence-transformers model gives them."""

    multilingual = False

    def __init__(self, folder: Path, name: str, threads: int, batch_size: int = 64):
        meta = json.loads((folder / "tcheck.json").read_text(encoding="utf-8"))
        self.name = name
        self.dim = int(meta["dim"])
        self._encoder = Encoder(folder, int(meta["max_length"]), threads)
        self._batch_size = batch_size

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._encoder.run(list(texts), self._batch_size)
        return (vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)).astype(np.float32)


class OnnxVerifier:
    """tcheck's packaged verifier: per (original, rendering) pair, the probabilities of CLASSES."""

    def __init__(self, folder: Path, name: str, threads: int, batch_size: int = 32):
        meta = json.loads((folder / "tcheck.json").read_text(encoding="utf-8"))
        if list(meta["labels"]) != list(CLASSES):
            raise ModelMissing(f"{folder}: labels {meta['labels']} are not tcheck's {list(CLASSES)}")
        self.name = name
        self._encoder = Encoder(folder, int(meta["max_length"]), threads)
        self._batch_size = batch_size

    def classify(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        if not originals:
            return np.zeros((0, len(CLASSES)), dtype=np.float32)
        z = self._encoder.run(list(zip(originals, renderings)), self._batch_size).astype(np.float32)
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)
