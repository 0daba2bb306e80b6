"""Models that count what they are given: for the wrappers that remember their outputs (memo, stored)."""
import numpy as np


class Counting:
    """An embedder whose vector for a text is (its length, 1)."""

    name, multilingual = "counting", False

    def __init__(self):
        self.seen: list[str] = []

    def embed_batch(self, texts):
        self.seen += texts
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32).reshape(len(texts), 2)


class Judging:
    """A verifier that calls a pair faithful where both sides are the same text; `sharpens`: it also
    offers sharpened probabilities, its own reversed (a visible function of what it is given);
    `marks`: it marks each rendering's last character."""

    name = "judging"

    def __init__(self, sharpens: bool = True, marks: bool = False):
        self.seen: list[tuple[str, str]] = []
        if sharpens:
            self.sharpened = lambda originals, renderings, probs: probs[:, ::-1].copy()
        if marks:  # the rendering's last character, marked at 0.75
            self.marks = lambda originals, renderings: [((len(r) - 1, len(r), 0.75),) for r in renderings]

    def classify(self, originals, renderings):
        self.seen += list(zip(originals, renderings))
        return np.array([[0.9, 0.1, 0, 0] if o == r else [0.2, 0.8, 0, 0] for o, r in zip(originals, renderings)],
                        dtype=np.float32).reshape(len(originals), 4)
