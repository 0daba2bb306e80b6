import threading

import numpy as np
from fakes import Counting, Judging

from tcheck.backends.memo import Recent
from tcheck.backends.stored import StoredEmbedder, StoredVerifier


def test_remembers_recent_outputs_and_forgets_the_least_recently_used():
    memory = Recent(size=2)
    memory.put("m", {b"a": b"1", b"b": b"2"})
    assert memory.get("m", [b"a"]) == {b"a": b"1"}  # "a" is now the most recently used
    memory.put("other", {b"a": b"9"})  # three outputs: "b" goes
    assert memory.get("m", [b"a", b"b"]) == {b"a": b"1"} and memory.get("other", [b"a"]) == {b"a": b"9"}
    assert len(memory) == 2


def test_an_embedder_over_it_runs_only_for_texts_it_lacks():
    inner = Counting()
    memo = StoredEmbedder(lambda: inner, "embedder", inner.name, 2, Recent(size=2))
    first = memo.embed_batch(["a", "bb", "a"])
    assert inner.seen == ["a", "bb"] and first[:, 0].tolist() == [1, 2, 1]
    memo.embed_batch(["bb", "ccc"])  # "a" is now the least recently used, and goes
    assert inner.seen == ["a", "bb", "ccc"]
    memo.embed_batch(["a"])
    assert inner.seen == ["a", "bb", "ccc", "a"]
    assert memo.embed_batch([]).shape == (0, 2)


def test_checks_in_threads_share_the_memory_while_it_forgets():
    """The service's workers: many threads, a memory smaller than one batch, and every vector right."""
    memory, failures = Recent(size=3), []
    memo = StoredEmbedder(Counting, "embedder", "counting", 2, memory)

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
    assert failures == [] and len(memory) <= 3


def test_the_verifier_remembers_recent_pairs_and_what_it_sharpened():
    inner = Judging()
    memo = StoredVerifier(lambda: inner, "verifier", inner.name, Recent(size=4))
    probs = memo.classify(["a", "b", "a"], ["a", "c", "a"])
    assert inner.seen == [("a", "a"), ("b", "c")] and np.allclose(probs[:, 1], [0.1, 0.8, 0.1])
    assert np.array_equal(memo.classify(["b"], ["c"]), probs[[1]]) and len(inner.seen) == 2
    assert np.array_equal(memo.sharpened(["a", "b"], ["a", "c"], probs[:2]), probs[:2, ::-1])
    assert memo.classify([], []).shape == (0, 4)
    plain = StoredVerifier(lambda: Judging(sharpens=False), "verifier", "judging", Recent(size=4))
    assert np.array_equal(plain.sharpened(["a"], ["b"], probs[:1]), probs[:1])  # a model that does not sharpen
