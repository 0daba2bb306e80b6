"""The verifier's marker: how likely each token of a rendering is to carry the change that the
verifier finds, read off the verifier's own last hidden state. Pure.

A logistic regression over that state (training/marker.py fits it on the raters' spans and on planted
changes; its weights are in verifier.json). verify.blame names the run of words that holds the most
marked token, where the verifier raises a finding of its own.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .verify import Marks


@dataclass(frozen=True)
class Marker:
    weight: tuple[float, ...]
    bias: float

    @classmethod
    def of(cls, config: dict) -> "Marker | None":
        """From a verifier.json's (or its export's) "marker" entry; None where it has none."""
        m = config.get("marker")
        return cls(tuple(float(w) for w in m["weight"]), float(m["bias"])) if m else None

    def marks(self, offsets: list[tuple[int, int]], hidden: np.ndarray) -> Marks:
        """The tokens' character ranges in their text, with the probability that each carries the change."""
        z = np.asarray(hidden, dtype=np.float64) @ np.asarray(self.weight) + self.bias
        p = 1.0 / (1.0 + np.exp(-z))
        return tuple((int(a), int(b), round(float(q), 4)) for (a, b), q in zip(offsets, p) if b > a)
