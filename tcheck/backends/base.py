"""The three extension points of the pipeline. Each has one required method, shaped for batches."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Translator(Protocol):
    """Turns a list of source sentences into English, one output per input, in order."""

    name: str

    def translate_batch(self, sentences: list[str]) -> list[str]: ...


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors, shape (len(texts), dim).

    An embedder may also offer `tokens(texts)`: per text, its tokens' places and unit vectors
    (support.Tokens), by which the claims stage reads how well a piece's words are matched on the
    other side (partial.find). Without it, the ablation test alone decides."""

    name: str
    multilingual: bool

    def embed_batch(self, texts: list[str]) -> np.ndarray: ...


@runtime_checkable
class Verifier(Protocol):
    """Reads (original, English rendering) pairs and gives, per pair, the probabilities of
    verify.CLASSES (faithful, altered, dropped, added): an array of shape (len(pairs), 4).

    A verifier may also offer `sharpened(originals, renderings, probs)`: the probabilities that its
    own findings are raised on (tcheck's packaged verifier moves them by token support, support.py).
    Without it, classify's probabilities serve both. And it may offer `marks(originals, renderings)`:
    per pair, how likely each token of the rendering is to carry the change (marker.py), or None;
    without it, verify.blame names the run of words to blame by their content words alone.
    pipeline.judge reads each pair both ways round, unless the verifier says `symmetric = True`:
    its classify does so itself."""

    name: str

    def classify(self, originals: list[str], renderings: list[str]) -> np.ndarray: ...


class IdentityTranslator:
    """English against English: nothing to translate."""

    name = "identity"

    def translate_batch(self, sentences: list[str]) -> list[str]:
        return list(sentences)
