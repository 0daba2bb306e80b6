import numpy as np

from tcheck.backends.memo import MemoEmbedder


class Counting:
    name, multilingual = "counting", False

    def __init__(self):
        self.seen: list[str] = []

    def embed_batch(self, texts):
        self.seen += texts
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32).reshape(len(texts), 2)


def test_remembers_recent_sentences_and_forgets_the_oldest():
    inner = Counting()
    memo = MemoEmbedder(inner, size=2)
    first = memo.embed_batch(["a", "bb", "a"])
    assert inner.seen == ["a", "bb"] and first[:, 0].tolist() == [1, 2, 1]
    memo.embed_batch(["bb", "ccc"])  # "a" is now the least recently used, and goes
    assert inner.seen == ["a", "bb", "ccc"]
    memo.embed_batch(["a"])
    assert inner.seen == ["a", "bb", "ccc", "a"]
    assert (memo.hits, memo.misses) == (2, 4)
    assert memo.embed_batch([]).shape == (0, 2)
