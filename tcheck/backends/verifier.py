"""The learned verifier's backend: a cross-encoder that reads (original, English rendering) and gives the
probability of each of verify.CLASSES: faithful, altered, dropped (part of the original lost), added.

tcheck's own verifier ships as package data (tcheck/weights/verifier): the transformer layers, pooler
and classifier it trained (training/train.py), in float16, loaded over the packaged all-MiniLM-L6-v2
(with a low-rank adapter merged into them where verifier.json names one: train.py --adapter, so that
a retrained verifier need not add 22 MB to git), and the weight of the token support
(tcheck/support.py, fitted by training/support.py) and the marker (tcheck/marker.py, fitted by
training/marker.py) in verifier.json.
Any Hugging Face cross-encoder also works by name or path: a natural-language-inference model is read
both ways round (entailment is faithful, contradiction altered, neutral added or dropped), and a model
with one output as the probability that the pair is faithful.
"""
from __future__ import annotations

import json
import logging
import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelMissing
from ..marker import Marker
from ..support import Support, of_pairs
from ..verify import CLASSES, Marks
from .sbert import default_model_path, no_folder, quiet_hugging_face, token_rows

PACKAGED = Path(__file__).resolve().parents[1] / "weights" / "verifier"
DEFAULT = "tcheck-verifier"


def delta_names(net, layers: int) -> list[str]:
    """The parameters that training changes and that ship: the top `layers` layers, pooler, classifier."""
    total = net.config.num_hidden_layers
    top = tuple(f"encoder.layer.{i}." for i in range(total - layers, total))
    return [n for n, _ in net.named_parameters()
            if any(t in n for t in top) or ".pooler." in f".{n}" or n.startswith("classifier.")]


def load_cross_encoder(config: dict, folder: Path | None, device: str = "cpu", adapter: bool = True):
    """A CrossEncoder over the packaged base model, with the trained weights in `folder` laid over it:
    delta.safetensors (whole tensors) and, where verifier.json names one and `adapter` holds, a
    low-rank adapter (training/train.py --adapter: each tensor W becomes W + B A)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the packaged base: a missing file is no hub download
    quiet_hugging_face()
    from sentence_transformers import CrossEncoder

    # It says on stderr that it turned a sentence-transformers folder into a cross-encoder: it is meant to.
    logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
    model = CrossEncoder(str(default_model_path()), num_labels=len(config["labels"]),
                         max_length=config["max_length"], device=device)
    for path in _tensors(config, folder, adapter) if folder is not None else ():
        _lay_over(model.model, path)
    model.model.float().eval()
    return model


def _tensors(config: dict, folder: Path, adapter: bool = True) -> list[Path]:
    """The weight files of a verifier folder, in the order they are laid over the base model."""
    named = config.get("adapter") if adapter else None
    return [folder / "delta.safetensors"] + ([folder / named["file"]] if named else [])


def _lay_over(net, path: Path) -> None:
    """Load whole tensors, and add low-rank ones ("<name>.lora_a", "<name>.lora_b": B A, scale in B)."""
    import torch
    from safetensors.torch import load_file

    state = load_file(str(path))
    params = dict(net.named_parameters())
    low = {n.removesuffix(".lora_a") for n in state if n.endswith(".lora_a")}
    whole = {n: t for n, t in state.items() if not n.endswith((".lora_a", ".lora_b"))}
    missing = (set(whole) | low) - set(params)
    if missing:
        raise ModelMissing(f"verifier weights do not fit the base model: {sorted(missing)[:3]}")
    net.load_state_dict(whole, strict=False)
    with torch.no_grad():
        for n in low:
            params[n] += (state[f"{n}.lora_b"].float() @ state[f"{n}.lora_a"].float()).to(params[n].dtype)


def weight_files(folder: Path = PACKAGED) -> list[Path]:
    """The files that decide a verifier folder's scores and findings: the weights that
    load_cross_encoder lays over the base model, its marker's, and verifier.json (none where it is
    missing)."""
    settings = folder / "verifier.json"
    if not settings.exists():
        return []
    config = json.loads(settings.read_text(encoding="utf-8"))
    marker = [folder / config["marker"]["file"]] if config.get("marker") else []
    return [*_tensors(config, folder), *marker, settings]


class CrossEncoderVerifier:
    def __init__(self, name: str | None = None, device: str = "cpu", batch_size: int = 32):
        name = name or DEFAULT
        path = PACKAGED if name == DEFAULT else Path(name)
        self.name = name
        self._batch_size = batch_size
        self._support: Support | None = None
        self._marker: Marker | None = None
        self._base = None  # the packaged base model, for the tokens that the support reads
        # One Hugging Face fast tokenizer cannot serve two threads at once ("Already borrowed").
        self._lock = threading.Lock()
        try:
            if (path / "verifier.json").exists():
                config = json.loads((path / "verifier.json").read_text(encoding="utf-8"))
                self._model = load_cross_encoder(config, path, device)
                self._labels = list(config["labels"])
                self._support = Support.of(config)
                self._marker = Marker.of(config, path)
                self._max_length = int(config["max_length"])
            else:
                if why := no_folder(name):
                    raise ModelMissing(f"cannot load verifier {name!r}: {why}")
                quiet_hugging_face()
                from sentence_transformers import CrossEncoder

                self._model = CrossEncoder(name, device=device)
                id2label = self._model.model.config.id2label or {}
                self._labels = [str(id2label.get(i, i)).lower() for i in range(self._model.model.config.num_labels)]
        except ModelMissing:
            raise
        except Exception as e:  # a bad name or path surfaces from deep inside HF; say it in one line
            raise ModelMissing(f"cannot load verifier {name!r}: "
                               f"{type(e).__name__}: {str(e).splitlines()[0][:200]}") from None
        if name == DEFAULT:
            self.name = packaged_name()

    @property
    def symmetric(self) -> bool:
        """Whether classify reads each pair both ways round itself (an entailment model: _nli), so
        that pipeline.judge need not."""
        return len(self._labels) > 1 and self._labels != list(CLASSES)

    def classify(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        """Per pair, the probabilities of CLASSES (faithful, altered, dropped, added); shape (n, 4)."""
        if not originals:
            return np.zeros((0, len(CLASSES)), dtype=np.float32)
        with self._lock:
            return self._classify(originals, renderings)

    def sharpened(self, originals: list[str], renderings: list[str], probs: np.ndarray) -> np.ndarray:
        """`probs` (classify's) moved by each pair's token support, for tcheck's packaged verifier
        (tcheck/support.py); a named model's stay as they are."""
        if self._support is None:
            return probs
        with self._lock:
            return self._support.sharpen(probs, self.support(originals, renderings, self._support.k))

    def support(self, originals: list[str], renderings: list[str], k: int = 3, chunk: int = 256) -> np.ndarray:
        """Per pair, support.weakest over the packaged base model's token vectors (support.of_pairs;
        the ONNX verifier's twin)."""
        if self._base is None:
            from sentence_transformers import SentenceTransformer

            self._base = SentenceTransformer(str(default_model_path()), device=self._model.model.device)
        return of_pairs(originals, renderings, self._tokens, k, chunk)

    def marks(self, originals: list[str], renderings: list[str]) -> list[Marks] | None:
        """Per pair, the marker's log-odds that each token of the rendering carries the change
        (training/marker.py); None for a verifier without a marker."""
        if self._marker is None:
            return None
        import torch

        out = []
        with self._lock, torch.no_grad():
            for i in range(0, len(originals), self._batch_size):
                enc = self._model.tokenizer(originals[i:i + self._batch_size], renderings[i:i + self._batch_size],
                                            padding=True, truncation=True, max_length=self._max_length,
                                            return_tensors="pt", return_offsets_mapping=True)
                enc = enc.to(self._model.model.device)
                offsets = enc.pop("offset_mapping").tolist()
                hidden = self._model.model(**enc, output_hidden_states=True).hidden_states[-1].float().cpu().numpy()
                for k in range(len(offsets)):
                    side = enc.sequence_ids(k)
                    rows = [t for t, s in enumerate(side) if s == 1]
                    out.append(self._marker.marks([offsets[k][t] for t in rows], hidden[k, rows]))
        return out

    def _tokens(self, texts: list[str]) -> list[np.ndarray]:
        return [t.vectors for t in token_rows(self._base, texts)]

    def _classify(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        if self._labels == list(CLASSES):
            return self._softmax(list(zip(originals, renderings)))
        if len(self._labels) == 1:
            p = 1 / (1 + np.exp(-self._logits(list(zip(originals, renderings)))[:, 0]))
            return np.stack([p, 1 - p, np.zeros_like(p), np.zeros_like(p)], axis=1)
        return self._nli(originals, renderings)

    def _nli(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        index = {k: next((i for i, label in enumerate(self._labels) if label.startswith(k)), None)
                 for k in ("entail", "contra", "neutral")}
        if None in index.values():
            raise ModelMissing(f"verifier {self.name!r}: labels {self._labels} are neither tcheck's nor entailment's")
        forward = self._softmax(list(zip(originals, renderings)))
        backward = self._softmax(list(zip(renderings, originals)))
        e, c, n = index["entail"], index["contra"], index["neutral"]
        out = np.stack([np.minimum(forward[:, e], backward[:, e]), np.maximum(forward[:, c], backward[:, c]),
                        backward[:, n], forward[:, n]], axis=1)
        return out / out.sum(axis=1, keepdims=True)

    def _logits(self, pairs) -> np.ndarray:
        logits = self._model.predict(pairs, batch_size=self._batch_size, activation_fn=_identity(),
                                     convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(logits, dtype=np.float32).reshape(len(pairs), -1)

    def _softmax(self, pairs) -> np.ndarray:
        z = self._logits(pairs)
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def packaged_name() -> str:
    """tcheck's verifier, named by its weights: "tcheck-verifier@<sha256 prefix>". The digest of its
    22 MB is kept in the user's cache, under the files' stats: 35 ms of every cold check otherwise."""
    from ..cache import table

    files = weight_files()
    return f"{DEFAULT}@{table('verifier-digest', files, lambda: _digest(*files))}"


def _identity():
    import torch

    return torch.nn.Identity()


def _digest(*paths: Path) -> str:
    """Of the weights and their settings (the support's weight moves the scores as much as they do)."""
    import hashlib

    if not paths or not all(p.exists() for p in paths):
        return "missing"
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()[:12]
