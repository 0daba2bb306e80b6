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


def test_checks_in_threads_share_the_memory_while_it_forgets():
    """The service's workers: many threads, a memory smaller than one batch, and every vector right."""
    import threading

    memo, failures = MemoEmbedder(Counting(), size=3), []

    def one(k: int) -> None:
        texts = [f"{'x' * (k % 5 + 1)}", "shared", f"text {k}", "shared"]
        try:
            for _ in range(50):
                assert memo.embed_batch(texts)[:, 0].tolist() == [len(t) for t in texts]
        except Exception as e:  # a KeyError or a wrong vector, from any thread
            failures.append(e)

    threads = [threading.Thread(target=one, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == [] and len(memo._memory) <= 3
