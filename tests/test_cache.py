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


def test_a_new_table_removes_the_tables_that_no_installation_reads_again(tmp_path, monkeypatch):
    monkeypatch.setenv("TCHECK_CACHE", str(tmp_path / "cache"))
    here, elsewhere = tmp_path / "data.noun", tmp_path / "clone" / "data.noun"
    elsewhere.parent.mkdir()
    for source in (here, elsewhere):
        source.write_text("one")
    cache.table("t", [elsewhere], lambda: "another clone's")
    cache.table("t", [here], lambda: "before")
    tables = tmp_path / "cache" / "tables"
    (tables / f"t-{'0' * 16}.pickle").write_bytes(b"from before tables named their sources")
    cache.table("tt", [elsewhere], lambda: "another table's")
    (tables / f"nouns-{'0' * 16}.pickle").write_bytes(b"a table tcheck no longer builds, from before sources")
    here.write_text("two, longer")  # a reinstall: the old table no longer fits its sources
    assert cache.table("t", [here], lambda: "after") == "after"
    assert sorted(p.name for p in tables.iterdir()) == sorted(
        [f"t-{cache.stat_key([here])}.pickle", f"t-{cache.stat_key([elsewhere])}.pickle",
         f"tt-{cache.stat_key([elsewhere])}.pickle"])
    assert cache.table("t", [elsewhere], lambda: "rebuilt") == "another clone's"
