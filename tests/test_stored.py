import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES, run_cli
from fakes import Counting, Judging

from tcheck import langid
from tcheck.backends.stored import Chunk, Store, StoredEmbedder, StoredTranslator, StoredVerifier, digest, language
from tcheck.cache import cache_dir
from tcheck.checker import Checker, Source

EN = FIXTURES / "en-rewrite"


def test_a_store_gives_back_what_was_put_and_forgets_the_oldest_first(tmp_path):
    store = Store(tmp_path / "o.sqlite", rows=3)
    store.put("m", {b"a": b"1", b"b": b"2"})
    store.put("other", {b"a": b"9"})
    assert store.get("m", [b"a", b"b", b"c"]) == {b"a": b"1", b"b": b"2"}
    assert store.get("other", [b"a"]) == {b"a": b"9"}
    store.put("m", {b"c": b"3", b"d": b"4"})  # five written, three kept: the two oldest go
    assert store.get("m", [b"a", b"b", b"c", b"d"]) == {b"c": b"3", b"d": b"4"}
    assert Store(tmp_path / "o.sqlite").get("other", [b"a"]) == {b"a": b"9"}  # another process reads it


def test_a_store_without_a_row_limit_keeps_everything(tmp_path):
    store = Store(tmp_path / "o.sqlite", rows=None)
    for k in range(5):
        store.put("m", {bytes([k]): b"x"})
    assert len(store.get("m", [bytes([k]) for k in range(5)])) == 5


def test_a_chunk_holds_what_it_read_and_was_given_and_writes_the_new_once(tmp_path):
    class Watched(Store):
        def __init__(self, path):
            super().__init__(path)
            self.reads, self.writes = [], []

        def get(self, model, keys):
            self.reads.append(list(keys))
            return super().get(model, keys)

        def put(self, model, items):
            self.writes.append((model, dict(items)))
            super().put(model, items)

    store = Watched(tmp_path / "o.sqlite")
    Store(store.path).put("m", {b"old": b"0"})  # from an earlier run
    chunk = Chunk(store)
    assert chunk.get("m", [b"old", b"new", b"old"]) == {b"old": b"0"} and store.reads == [[b"old", b"new"]]
    chunk.put("m", {b"new": b"1"})
    chunk.put("m", {b"more": b"2"})
    assert chunk.get("m", [b"old", b"new", b"more"]) == {b"old": b"0", b"new": b"1", b"more": b"2"}
    assert len(store.reads) == 1 and store.writes == []  # held: neither read again nor written yet
    chunk.flush()
    assert store.writes == [("m", {b"new": b"1", b"more": b"2"})]  # the new ones, in one write
    assert chunk.get("m", [b"new"]) == {b"new": b"1"} and store.reads[-1] == [b"new"]  # forgotten: read again
    alone = Chunk()  # no file: a chunk's memory only
    alone.put("m", {b"a": b"1"})
    assert alone.get("m", [b"a"]) == {b"a": b"1"}
    alone.flush()
    assert alone.get("m", [b"a"]) == {}


def test_a_broken_or_unwritable_store_is_no_error(tmp_path):
    garbage = tmp_path / "o.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    for store in (Store(garbage), Store(blocked / "o.sqlite")):
        store.put("m", {b"a": b"1"})
        assert store.get("m", [b"a"]) == {}
        embedder = StoredEmbedder(Counting, "m", "counting", 2, store)
        assert embedder.embed_batch(["ab"]).tolist() == [[2, 1]]


def test_an_embedder_loads_and_runs_only_for_texts_the_store_lacks(tmp_path):
    store, loaded = Store(tmp_path / "o.sqlite"), []

    def load():
        loaded.append(Counting())
        return loaded[-1]

    first = StoredEmbedder(load, "m", "counting", 2, store).embed_batch(["a", "bb", "a"])
    assert first[:, 0].tolist() == [1, 2, 1] and loaded[0].seen == ["a", "bb"]
    again = StoredEmbedder(load, "m", "counting", 2, store)  # a later run
    assert np.array_equal(again.embed_batch(["bb", "a"]), first[[1, 0]]) and len(loaded) == 1
    again.embed_batch(["a", "ccc"])
    assert len(loaded) == 2 and loaded[1].seen == ["ccc"]
    assert again.embed_batch([]).shape == (0, 2)
    other = StoredEmbedder(load, "retrained", "counting", 2, store)  # other weights read nothing stored
    other.embed_batch(["a"])
    assert loaded[2].seen == ["a"]


def test_a_verifier_keeps_its_probabilities_and_its_sharpened_ones(tmp_path):
    store, inner = Store(tmp_path / "o.sqlite"), Judging()
    originals, renderings = ["x", "y", "x"], ["x", "z", "x"]
    first = StoredVerifier(lambda: inner, "v", "judging", store)
    probs = first.classify(originals, renderings)
    assert np.allclose(probs[:, 1], [0.1, 0.8, 0.1]) and inner.seen == [("x", "x"), ("y", "z")]
    assert np.array_equal(first.sharpened(originals, renderings, probs), probs[:, ::-1])
    later = StoredVerifier(lambda: pytest.fail("the model loads though every pair is stored"), "v", "judging", store)
    assert np.array_equal(later.classify(originals, renderings), probs)
    assert np.array_equal(later.sharpened(originals, renderings, probs), probs[:, ::-1])
    assert later.classify([], []).shape == (0, 4)


def test_a_stored_verifier_says_whether_its_model_reads_both_ways_round_without_loading_it(tmp_path):
    store, nli = Store(tmp_path / "o.sqlite"), Judging()
    nli.symmetric = True  # an entailment model: pipeline.judge reads it once
    assert StoredVerifier.over(nli, "v", store).symmetric
    assert not StoredVerifier.over(Judging(), "v", store).symmetric
    lazy = StoredVerifier(lambda: pytest.fail("the model loads to say it"), "v", "judging", store, symmetric=True)
    assert lazy.symmetric


def test_a_verifier_keeps_its_marks_and_a_model_without_a_marker_gives_none(tmp_path):
    store = Store(tmp_path / "o.sqlite")
    first = StoredVerifier(lambda: Judging(marks=True), "v", "judging", store)
    assert first.marks(["x", "y"], ["ab", "abc"]) == [((1, 2, 0.75),), ((2, 3, 0.75),)]
    later = StoredVerifier(lambda: pytest.fail("the model loads though every pair is stored"), "v", "judging", store)
    assert later.marks(["y"], ["abc"]) == [((2, 3, 0.75),)]
    assert StoredVerifier(Judging, "w", "judging", store).marks(["x"], ["ab"]) == [None]


def test_an_edited_text_keeps_its_language_and_a_new_one_is_detected(tmp_path):
    store, asked = Store(tmp_path / "o.sqlite"), []

    def detect(text):
        asked.append(text)
        return "nb"

    paragraphs = [f"Avsnitt {k}: kommunestyret vedtok saken med et stort flertall etter en lang debatt."
                  for k in range(12)]
    article = "\n\n".join(paragraphs)
    assert language(store, "m", article, detect) == "nb" and len(asked) == 1
    assert language(store, "m", article, detect) == "nb" and len(asked) == 1  # the same text
    edited = "\n\n".join(paragraphs[:-1] + ["Et nytt avsnitt som redaktøren skrev om."])
    assert language(store, "m", edited, detect) == "nb" and len(asked) == 1  # 11 of 12 paragraphs known
    half = "\n\n".join(paragraphs[:6] + [f"Helt ny tekst nummer {k}, med andre ord enn før i saken." for k in range(6)])
    assert language(store, "m", half, detect) == "nb" and len(asked) == 2  # half new: the detector reads it
    store.put("m", {digest(paragraphs[0]): b"da"})  # paragraphs known as two languages: the detector decides
    assert language(store, "m", "\n\n".join(paragraphs[:11]), detect) == "nb" and len(asked) == 3


def test_a_checker_with_a_store_reruns_without_loading_a_model_or_the_detector(tmp_path, monkeypatch):
    store = Store(tmp_path / "o.sqlite")
    original = Source((EN / "original.en.txt").read_text(encoding="utf-8"), "original")
    rewrite = Source((EN / "rewrite.en.txt").read_text(encoding="utf-8"), "rewrite")
    first = Checker(output_store=store).check(original, rewrite)
    from tcheck.backends import onnx

    def refuse(*args, **kwargs):
        raise AssertionError("loaded though every output is stored")

    monkeypatch.setattr(onnx, "Encoder", refuse)
    monkeypatch.setattr(langid, "detect", refuse)
    again = Checker(output_store=Store(tmp_path / "o.sqlite")).check(original, rewrite)
    assert again.findings == first.findings and again.meta == first.meta
    assert digest(original.text[:langid.READ]) in store.get(f"langid/{langid.signature()}",
                                                            [digest(original.text[:langid.READ])])


def test_a_named_model_is_stored_only_where_the_checker_is_told_to(tmp_path, monkeypatch):
    """The CLI keeps no output of a model that only its name names (its weights may change under the
    name); the audit keeps them in its own cache (store_named)."""
    from tcheck.backends import sbert, verifier

    made = []

    def named(model):
        def make(name):
            made.append(model())
            made[-1].name = name
            return made[-1]
        return make

    monkeypatch.setattr(sbert, "SbertEmbedder", named(Counting))
    monkeypatch.setattr(verifier, "CrossEncoderVerifier", named(Judging))
    store = Store(tmp_path / "o.sqlite")
    for store_named in (False, True, True):
        checker = Checker(embedder_name="org/embedder", verifier_name="org/verifier", output_store=store,
                          store_named=store_named)
        assert checker.embedder.embed_batch(["a"]).tolist() == [[1, 1]]
        checker.verifier.classify(["x"], ["y"])
    assert [m.seen for m in made] == [["a"], [("x", "y")], ["a"], [("x", "y")], [], []]


def test_a_translator_loads_and_runs_only_for_sentences_the_store_lacks(tmp_path):
    store, loaded = Store(tmp_path / "o.sqlite"), []

    class Upper:
        name = "upper"

        def __init__(self):
            self.seen: list[str] = []
            loaded.append(self)

        def translate_batch(self, sentences):
            self.seen += sentences
            return [s.upper() for s in sentences]

    assert StoredTranslator(Upper, "m", "upper", store).translate_batch(["hei", "på", "hei"]) == ["HEI", "PÅ", "HEI"]
    later = StoredTranslator(Upper, "m", "upper", store)
    assert later.translate_batch(["på", "hei"]) == ["PÅ", "HEI"] and len(loaded) == 1
    assert later.translate_batch(["hei", "ny"]) == ["HEI", "NY"] and loaded[1].seen == ["ny"]
    assert later.translate_batch([]) == []


def test_checks_in_threads_that_meet_a_model_unloaded_load_it_once():
    """The service's checks run in threads and share one translator per language, made on first use:
    two that ask for new sentences at the same moment wait for one model, not load two."""
    import threading
    import time

    from tcheck.backends.memo import Recent

    loaded, start = [], threading.Barrier(4)

    class Slow:
        name = "slow"

        def __init__(self):
            loaded.append(self)
            time.sleep(0.2)  # a model's load: long enough for every thread to ask meanwhile

        def translate_batch(self, sentences):
            return [s.upper() for s in sentences]

    shared = StoredTranslator(Slow, "m", "slow", Recent(100))
    out: dict[int, list[str]] = {}

    def check(k: int) -> None:
        start.wait()
        out[k] = shared.translate_batch([f"setning {k}"])

    threads = [threading.Thread(target=check, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(loaded) == 1 and out == {k: [f"SETNING {k}"] for k in range(4)}


def test_a_rerun_of_a_spanish_check_runs_no_apertium(tmp_path, monkeypatch):
    from tcheck.backends import apertium

    fixture = FIXTURES / "es-market"
    original = Source((fixture / "original.en.txt").read_text(encoding="utf-8"), "original")
    spanish = Source((fixture / "translation.es.txt").read_text(encoding="utf-8"), "translation", "es")
    first = Checker(output_store=Store(tmp_path / "o.sqlite"), mt_engine="apertium").check(original, spanish)
    assert first.meta["translator"].startswith("apertium:")
    monkeypatch.setattr(apertium.ApertiumTranslator, "translate_batch",
                        lambda self, sentences: pytest.fail("Apertium ran though every sentence is stored"))
    again = Checker(output_store=Store(tmp_path / "o.sqlite"), mt_engine="apertium").check(original, spanish)
    assert again.findings == first.findings and again.meta == first.meta
    assert again.translation_en == first.translation_en


def test_the_cli_keeps_outputs_in_the_users_cache_unless_told_not_to(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    for shared in ("onnx", "tables"):  # the exports and tables made already: this test is about the outputs
        (cache_dir() / shared).mkdir(parents=True, exist_ok=True)
        (cache / shared).symlink_to(cache_dir() / shared)
    args = ("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--format", "json")
    exports = {"TCHECK_CACHE": str(cache)}
    runs = [run_cli(*args, env=exports) for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr
    assert [json.loads(r.stdout)["findings"] for r in runs][0] == json.loads(runs[1].stdout)["findings"]
    with sqlite3.connect(cache / "outputs.sqlite") as db:
        kept = dict(db.execute("SELECT model, count(*) FROM outputs GROUP BY model").fetchall())
    assert any(m.startswith("all-MiniLM-L6-v2-") for m in kept) and any(m.startswith("langid/") for m in kept)
    text = (EN / "original.en.txt").read_text(encoding="utf-8")
    assert text.splitlines()[0].encode() not in (cache / "outputs.sqlite").read_bytes()  # digests, never texts
    (cache / "outputs.sqlite").unlink()
    r = run_cli(*args, "--no-cache", env=exports)
    assert r.returncode == 0 and not Path(cache / "outputs.sqlite").exists()
