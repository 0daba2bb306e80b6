"""A worker checks a chunk of pairs with all their sentences in one batch per model."""
from __future__ import annotations

import re
import zlib

import numpy as np

from conftest import FIXTURES
from tcheck.audit.records import Side, Task, WorkerSettings
from tcheck.audit.worker import Worker
from tcheck.backends.stored import StoredEmbedder

EN = FIXTURES / "en-rewrite"


class BagOfWords:
    """A stand-in embedder: hashed word counts, so that paraphrases with shared words are close."""

    name = "bag-of-words"
    multilingual = False

    def __init__(self):
        self.calls: list[list[str]] = []

    def embed_batch(self, texts):
        if texts:  # StoredEmbedder.over asks an empty batch for the vectors' size: no call to count
            self.calls.append(list(texts))
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"\w+", t.lower()):
                out[i, zlib.crc32(w.encode()) % 256] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def given(worker: Worker, embedder: BagOfWords) -> BagOfWords:
    """`embedder` as the worker's model, behind the chunk's memory as the worker's own would be."""
    worker.checker._embedder = StoredEmbedder.over(embedder, embedder.name, worker.outputs)
    return embedder


def task(id: str, original: str, translation: str) -> Task:
    return Task(id, f"key-{id}", Side(original, f"{id}.en.txt", f"{id}.en.txt"),
                Side(translation, f"{id}.tr.txt", f"{id}.tr.txt"), None, "en")


def test_chunk_is_embedded_as_one_batch_and_checked_per_pair():
    original = (EN / "original.en.txt").read_text(encoding="utf-8")
    rewrite = (EN / "rewrite.en.txt").read_text(encoding="utf-8")
    tasks = [task(f"p{i}", original.replace("Port Alden", town), rewrite.replace("Port Alden", town))
             for i, town in enumerate(["Kingsbridge", "Marston", "Eastwick"])]
    tasks.append(task("same", original, original))
    worker = Worker(WorkerSettings(html=False))
    inner = given(worker, BagOfWords())
    results = worker.run_chunk(tasks)

    assert [r.id for r in results] == ["p0", "p1", "p2", "same"]
    first = set(inner.calls[0])
    from tcheck.pipeline import prepare

    for t in tasks[:3]:  # every sentence of every pair went through the model in the first batch
        assert set(prepare(t.original.text, "en").texts) <= first
        assert set(prepare(t.translation.text, "en").texts) <= first
    # After it, a pair embeds only what its own checks make (joined split/merge candidates, the claims
    # stage's cut texts and phrases, then the other side's runs of words for the pieces that the
    # ablation test passed over, the likest-looking first and the rest where those fall short:
    # partial.matches), and never a sentence of the chunk again.
    assert len(inner.calls) <= 1 + 3 * 3
    assert all(first.isdisjoint(c) for c in inner.calls[1:])
    for r in results[:3]:
        assert r.status == "ok" and r.translator == "identity" and r.report_json and r.findings
        assert sum(r.counts.values()) == len(r.findings) == sum(r.severities.values())
    assert results[3].status == "error" and results[3].error_kind == "input" and "same text" in results[3].error


def test_a_long_pair_is_embedded_in_its_own_check_not_in_the_chunks_batch(monkeypatch):
    """So its time budget (--pair-timeout) covers its translation and embedding too."""
    import tcheck.audit.worker as worker_module

    monkeypatch.setattr(worker_module, "WARM_MOST", 10)
    short = task("short", "The council met on Tuesday. It approved the budget.",
                 "The council met on Monday. It approved the budget.")
    long_text = " ".join(f"The council approved plan number {i}." for i in range(12))
    long = task("long", long_text, long_text.replace("plan number 3.", "plan number 4."))
    worker = Worker(WorkerSettings(html=False, verifier="none"))
    inner = given(worker, BagOfWords())
    assert [r.status for r in worker.run_chunk([short, long])] == ["ok", "ok"]
    assert "The council met on Tuesday." in inner.calls[0]
    assert not any("plan number" in t for t in inner.calls[0])


def test_a_worker_on_a_cache_that_holds_the_chunk_runs_no_model(tmp_path, monkeypatch):
    """A re-audit (after a recalibration, say) reads every model's outputs from the audit's cache: the
    translation, the vectors, the verifier's judgements and the detected language."""
    from tcheck import langid
    from tcheck.backends import onnx

    original = (EN / "original.en.txt").read_text(encoding="utf-8")
    rewrite = (EN / "rewrite.en.txt").read_text(encoding="utf-8")
    tasks = [task(f"p{i}", original.replace("Port Alden", town), rewrite.replace("Port Alden", town))
             for i, town in enumerate(["Kingsbridge", "Marston"])]
    settings = WorkerSettings(html=False, cache_path=str(tmp_path / "cache" / "cache.sqlite"))
    first = Worker(settings).run_chunk(tasks)

    def refuse(*args, **kwargs):
        raise AssertionError("a model ran though the cache holds its outputs")

    monkeypatch.setattr(onnx.OnnxEmbedder, "__init__", refuse)  # loading either model
    monkeypatch.setattr(onnx.OnnxVerifier, "__init__", refuse)
    monkeypatch.setattr(onnx.Encoder, "each", refuse)  # running one already loaded in this process
    monkeypatch.setattr(langid, "detect", refuse)
    again = Worker(settings).run_chunk(tasks)
    assert [r.status for r in again] == ["ok", "ok"]
    assert [r.findings for r in again] == [r.findings for r in first] and any(r.findings for r in first)
