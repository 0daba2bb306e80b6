"""The packaged models on onnxruntime: the same numbers as on sentence-transformers, exported once,
re-exported when the weights change, and a corrupt export said in one line."""

from pathlib import Path

import numpy as np
import pytest

from tcheck.backends import export as export_module
from tcheck.backends import prepared
from tcheck.backends.onnx import OnnxEmbedder, OnnxVerifier
from tcheck.backends.verifier import CrossEncoderVerifier, packaged_name
from tcheck.errors import InputError, ModelMissing

pytestmark = pytest.mark.xdist_group("torch")  # compared with sentence-transformers: conftest.embedder

TEXTS = ["The council approved the plan on Monday.", "Prices rose 4 percent, the ministry said.", "She left.",
         "A much longer sentence, so that the batch pads: " + "the mayor said that the budget would grow " * 6]
RENDERINGS = ["The plan was rejected by the council on Monday.", "Prices rose four percent.", "She left the party.",
              "The mayor said the budget would grow."]


def test_the_embedder_gives_sentence_transformers_vectors():
    from tcheck.backends.sbert import SbertEmbedder

    onnx = OnnxEmbedder(prepared.ready(prepared.EMBEDDER), "all-MiniLM-L6-v2", threads=1)
    a, b = onnx.embed_batch(TEXTS), SbertEmbedder().embed_batch(TEXTS)
    assert a.shape == b.shape and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1, atol=1e-5)
    assert np.min(np.sum(a * b, axis=1)) > 0.999  # the torch side may run in bfloat16
    assert np.allclose(onnx.embed_batch(TEXTS[:1])[0], a[0], atol=1e-5)  # alone as in a padded batch
    assert onnx.embed_batch([]).shape == (0, a.shape[1])
    twice = onnx.embed_batch([TEXTS[2], TEXTS[0], TEXTS[2]])  # a repeated text is embedded once, returned twice
    assert (twice.shape == (3, a.shape[1]) and np.allclose(twice[[0, 1]], a[[2, 0]], atol=1e-5)
            and (twice[0] == twice[2]).all())


def _onnx_verifier() -> OnnxVerifier:
    return OnnxVerifier(prepared.ready(prepared.VERIFIER), packaged_name(), threads=1,
                        base=prepared.ready(prepared.EMBEDDER))


def test_the_verifier_gives_the_cross_encoders_probabilities():
    onnx, torch = _onnx_verifier(), CrossEncoderVerifier()
    p, q = onnx.classify(TEXTS, RENDERINGS), torch.classify(TEXTS, RENDERINGS)
    assert p.shape == (4, 4) and np.allclose(p, q, atol=1e-4)
    assert np.allclose(onnx.support(TEXTS, RENDERINGS), torch.support(TEXTS, RENDERINGS), atol=1e-4)
    assert onnx.classify([], []).shape == (0, 4)


def test_the_verifiers_marker_reads_the_cross_encoders_hidden_state():
    onnx, torch = _onnx_verifier(), CrossEncoderVerifier()
    ours, theirs = onnx.marks(TEXTS, RENDERINGS), torch.marks(TEXTS, RENDERINGS)
    assert [[m[:2] for m in x] for x in ours] == [[m[:2] for m in x] for x in theirs]
    assert np.allclose([m[2] for x in ours for m in x], [m[2] for x in theirs for m in x], atol=1e-3)
    for rendering, marks in zip(RENDERINGS, ours):  # the rendering's tokens, where they stand in it
        assert marks and all(0 <= a < b <= len(rendering) for a, b, _ in marks)


def test_the_verifiers_token_support_finds_the_word_that_lost_its_match():
    onnx = _onnx_verifier()
    same, changed = onnx.support([TEXTS[1]] * 2, [TEXTS[1], "Prices rose 4 percent."])
    assert same == pytest.approx(1.0, abs=1e-4) and changed < same - 0.1  # "the ministry said" is gone
    # chunked, a long document never holds all its token vectors: the same numbers
    assert np.allclose(onnx.support(TEXTS, RENDERINGS, chunk=1), onnx.support(TEXTS, RENDERINGS), atol=1e-6)


def test_the_verifier_and_the_embedder_share_one_copy_of_the_word_embeddings():
    from tcheck.backends import onnx as onnx_module

    words = [onnx_module.meta(prepared.ready(m))["words"] for m in (prepared.EMBEDDER, prepared.VERIFIER)]
    assert words[0]["digest"] == words[1]["digest"] and words[0]["name"] != words[1]["name"]
    _onnx_verifier()  # loads the embedder's export too, as its base
    assert words[0]["digest"] in onnx_module._WORDS
    # and the shared matrix is the one the export holds: the vectors above match sentence-transformers'


def test_a_verifier_that_reads_tokens_needs_the_base_models_export():
    with pytest.raises(ModelMissing, match="base model"):
        OnnxVerifier(prepared.ready(prepared.VERIFIER), packaged_name(), threads=1)


def test_an_export_is_named_for_the_weights_it_came_from(tmp_path, monkeypatch):
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"one")
    monkeypatch.setattr(prepared, "sources", lambda model: [weights])
    monkeypatch.setenv("TCHECK_CACHE", str(tmp_path / "cache"))
    first = prepared.folder(prepared.EMBEDDER)
    assert first.parent == tmp_path / "cache" / "onnx" and first == prepared.folder(prepared.EMBEDDER)
    weights.write_bytes(b"retrained")
    assert prepared.folder(prepared.EMBEDDER) != first


def test_the_embedders_export_keeps_float32_weights_where_the_cpu_has_bfloat16(tmp_path, monkeypatch):
    from tcheck.backends import export, sbert

    monkeypatch.setattr(sbert, "_cpu_has_bf16", lambda: True)  # the checking embedder would run in bfloat16
    folder = export.embedder(tmp_path / "export")
    made = OnnxEmbedder(folder, "all-MiniLM-L6-v2", threads=1).embed_batch(TEXTS)
    assert np.allclose(made, sbert.SbertEmbedder(bfloat16=False).embed_batch(TEXTS), atol=1e-5)
    # The weights lie apart from the graph, for onnxruntime to map, and readable by every user of a shared cache.
    weights = folder / export.WEIGHTS
    assert (folder / "model.onnx").stat().st_size < 1_000_000 < weights.stat().st_size
    assert weights.stat().st_mode & 0o777 == 0o644


def test_an_export_is_remade_when_the_exporter_changes():
    assert Path(export_module.__file__) in prepared.sources(prepared.EMBEDDER)
    assert Path(export_module.__file__) in prepared.sources(prepared.VERIFIER)


def test_a_missing_export_is_made_once_with_a_status_line(tmp_path, monkeypatch, capsys):
    from tcheck.backends import export

    made = []

    def fake(model):
        def write(target, sources=()):
            made.append(model)
            target.mkdir(parents=True)
            (target / "tcheck.json").write_text("{}")
        return write

    monkeypatch.setenv("TCHECK_CACHE", str(tmp_path))
    monkeypatch.setattr(export, "embedder", fake(prepared.EMBEDDER))
    monkeypatch.setattr(export, "verifier", fake(prepared.VERIFIER))
    assert prepared.ready(prepared.VERIFIER) == prepared.ready(prepared.VERIFIER)
    assert made == [prepared.VERIFIER]
    with pytest.raises(ModelMissing, match="no packaged model"):
        prepared.ready("some-other-model")
    assert "preparing tcheck-verifier" in capsys.readouterr().err


def test_exports_that_no_installation_can_read_again_are_removed_when_a_new_one_is_made(tmp_path, monkeypatch):
    import json

    from tcheck.backends import export
    from tcheck.cache import stat_key

    weights, elsewhere = tmp_path / "model.safetensors", tmp_path / "other-clone" / "model.safetensors"
    weights.write_bytes(b"one")
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"other")
    monkeypatch.setenv("TCHECK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(prepared, "sources", lambda model: [weights])

    def fake(target, sources=()):
        target.mkdir(parents=True)
        (target / "tcheck.json").write_text(json.dumps({"sources": [str(p) for p in sources]}))

    monkeypatch.setattr(export, "embedder", fake)
    onnx_dir = tmp_path / "cache" / "onnx"
    folders = {"gone": [str(tmp_path / "deleted-clone" / "model.safetensors")],  # its clone deleted
               "stale": [str(weights)],  # these weights, as they were before a reinstall
               stat_key([elsewhere]): [str(elsewhere)],  # another clone, as it stands: kept
               "legacy": None}  # made before exports named their sources
    for key, named in folders.items():
        folder = onnx_dir / f"{prepared.EMBEDDER}-{key}"
        folder.mkdir(parents=True)
        (folder / "tcheck.json").write_text(json.dumps({} if named is None else {"sources": named}))
    (onnx_dir / f"{prepared.EMBEDDER}-writing").mkdir()  # another process is writing it
    made = prepared.ready(prepared.EMBEDDER, announce=False)
    assert sorted(p.name for p in onnx_dir.iterdir()) == sorted(
        [made.name, f"{prepared.EMBEDDER}-{stat_key([elsewhere])}", f"{prepared.EMBEDDER}-writing"])


def test_a_corrupt_export_is_one_line(tmp_path):
    (tmp_path / "tcheck.json").write_text('{"max_length": 32, "dim": 8}')
    (tmp_path / "model.onnx").write_bytes(b"not a model")
    with pytest.raises(ModelMissing, match="models prepare"):
        OnnxEmbedder(tmp_path, "x", threads=1)


def test_named_models_and_the_torch_backend_stay_on_sentence_transformers(monkeypatch):
    assert prepared.for_name(prepared.EMBEDDER, "some/other-model") is None
    monkeypatch.setenv("TCHECK_BACKEND", "torch")
    assert prepared.for_name(prepared.EMBEDDER, None) is None
    monkeypatch.setenv("TCHECK_BACKEND", "tensorflow")
    with pytest.raises(InputError, match="TCHECK_BACKEND"):
        prepared.backend()


def test_threads_share_the_cores():
    assert prepared.threads(1) >= prepared.threads(2) >= 1
    assert prepared.threads(10_000) == 1


def test_shared_cores_go_to_the_batches_in_flight():
    """Where the service shares the cores (onnx.share), a batch that begins alone takes them all and
    one that begins while another is in flight takes its share; elsewhere an Encoder keeps its own."""
    import threading

    from tcheck.backends.onnx import Cores

    cores = Cores()
    with cores.batch(own=3) as alone:
        assert alone == 3  # nothing shared: the Encoder's own
    cores.total = 2
    with cores.batch(own=1) as alone:
        assert alone == 2
    started, done, seen = threading.Event(), threading.Event(), []

    def first():
        with cores.batch(own=1) as threads:
            seen.append(threads)
            started.set()
            done.wait(timeout=30)

    worker = threading.Thread(target=first)
    worker.start()
    started.wait(timeout=30)
    with cores.batch(own=1) as threads:  # begun while the first is in flight
        seen.append(threads)
    done.set()
    worker.join()
    assert seen == [2, 1]  # the first began alone
    with cores.batch(own=1) as alone:
        assert alone == 2  # and each gave its share back


def test_a_shared_encoder_runs_each_thread_count_as_its_own_session_with_the_same_numbers(monkeypatch):
    from tcheck.backends import onnx

    encoder = onnx.Encoder(prepared.ready(prepared.EMBEDDER), 256, threads=1)
    one = encoder.run(TEXTS, 2)
    monkeypatch.setattr(onnx.CORES, "total", 2)
    two = encoder.run(TEXTS, 2)
    assert sorted(encoder._sessions) == [1, 2]
    assert np.allclose(one, two, atol=1e-5)


def test_token_vectors_of_embedded_texts_come_from_a_bounded_memory(monkeypatch):
    from tcheck.backends import onnx

    folder = prepared.ready(prepared.EMBEDDER)
    fresh = onnx.Encoder(folder, 256, threads=1).tokens(TEXTS, 2)
    encoder = onnx.Encoder(folder, 256, threads=1)
    encoder.run(TEXTS, 64)  # the embed stage
    assert set(encoder._memo) == set(TEXTS)
    assert all(np.allclose(a, b, atol=1e-5) for a, b in zip(encoder.tokens(TEXTS, 2), fresh))
    monkeypatch.setattr(onnx, "TOKEN_MEMO_BYTES", fresh[0].nbytes + fresh[2].nbytes)
    encoder.run(TEXTS, 64)
    assert encoder._memo_bytes <= onnx.TOKEN_MEMO_BYTES and len(encoder._memo) < len(TEXTS)


def test_the_embedders_tokens_stand_where_their_words_do_with_sentence_transformers_vectors():
    from tcheck.backends.sbert import SbertEmbedder

    onnx = OnnxEmbedder(prepared.ready(prepared.EMBEDDER), "all-MiniLM-L6-v2", threads=1)
    ours, theirs = onnx.tokens(TEXTS), SbertEmbedder(bfloat16=False).tokens(TEXTS)
    for a, b in zip(ours, theirs):
        assert (a.spans == b.spans).all() and a.vectors.shape == b.vectors.shape
        assert np.min(np.sum(a.vectors * b.vectors, axis=1)) > 0.999
    assert ([TEXTS[0][s:e] for s, e in ours[0].spans]
            == ["The", "council", "approved", "the", "plan", "on", "Monday", "."])
