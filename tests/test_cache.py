"""Tables built from system data are kept in the user's cache, rebuilt when their sources change."""
import os

from tcheck import cache


def test_a_table_is_built_once_and_again_when_a_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("TCHECK_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "data.noun"
    source.write_text("one")
    built = []

    def build():
        built.append(1)
        return {"words": frozenset({"council", "mayor"})}

    assert cache.table("t", [source], build) == {"words": frozenset({"council", "mayor"})}
    assert cache.table("t", [source], build) == {"words": frozenset({"council", "mayor"})}
    assert len(built) == 1
    source.write_text("two, longer")
    cache.table("t", [source], build)
    assert len(built) == 2


def test_an_unwritable_cache_builds_in_memory(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv("TCHECK_CACHE", str(blocked))
    assert cache.table("t", [], lambda: [1, 2]) == [1, 2]


def test_a_corrupt_pickle_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("TCHECK_CACHE", str(tmp_path))
    path = tmp_path / "tables" / f"t-{cache.stat_key([])}.pickle"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    assert cache.table("t", [], lambda: "fresh") == "fresh"
    assert os.path.getsize(path) > 0 and cache.table("t", [], lambda: "other") == "fresh"
