"""The verifier's marker: how likely each token of a rendering is to carry the change that the
verifier finds (as log-odds), read off the verifier's own last hidden state. Pure.

A small network over that state (one hidden layer of ReLUs; training/marker.py fits it on the raters'
spans and on planted changes, and verifier.json names its file). verify.blame names the run of words
that holds the most marked token, where the verifier raises a finding of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .verify import Marks


@dataclass(frozen=True, eq=False)
class Marker:
    w1: np.ndarray  # (hidden size, units)
    b1: np.ndarray  # (units,)
    w2: np.ndarray  # (units,)
    b2: float

    @classmethod
    def of(cls, config: dict, folder: Path) -> "Marker | None":
        """From the file that a verifier.json's (or its export's) "marker" entry names in `folder`;
        None where it names none."""
        m = config.get("marker")
        if not m:
            return None
        with np.load(folder / m["file"]) as arrays:
            w = {k: arrays[k].astype(np.float32) for k in ("w1", "b1", "w2", "b2")}
        return cls(w["w1"], w["b1"], w["w2"].reshape(-1), float(w["b2"].reshape(-1)[0]))

    def marks(self, offsets: list[tuple[int, int]], hidden: np.ndarray) -> Marks:
        """The tokens' character ranges in their text, with the log-odds that each carries the change:
        log-odds, as float32, because near-certain tokens would tie as probabilities, and the store
        keeps float32 (a rerun from it must blame what the first run blamed)."""
        z = np.maximum(np.asarray(hidden, dtype=np.float32) @ self.w1 + self.b1, 0.0) @ self.w2 + np.float32(self.b2)
        return tuple((int(a), int(b), float(q)) for (a, b), q in zip(offsets, z.astype(np.float32)) if b > a)
