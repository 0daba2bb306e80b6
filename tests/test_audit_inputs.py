"""Reading a pair: texts and content keys, and a reason for every file that cannot be used."""
from __future__ import annotations

import pytest

from tcheck import textio
from tcheck.audit.inputs import key_of, load
from tcheck.audit.manifest import PairSpec
from tcheck.audit.records import PairResult, Task

EN = "The council sold the harbour site on Tuesday.\n\nThe vote was 19 to 14.\n"
NB = "Kommunestyret solgte havnetomta tirsdag.\n\nAvstemningen endte 19 mot 14.\n"


@pytest.fixture
def root(tmp_path):
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.nb.txt").write_text(NB, encoding="utf-8")
    return tmp_path


def test_a_readable_pair_becomes_a_task(root):
    task = load(PairSpec("a", "a.en.txt", "a.nb.txt", source_lang="nb"), root)
    assert isinstance(task, Task)
    assert task.original.text == EN and task.translation.text == NB and task.mt is None
    assert task.translation.name == "a.nb.txt" and task.source_lang == "nb"
    assert task.key == key_of(PairSpec("a", "a.en.txt", "a.nb.txt", source_lang="nb"), root)


def test_latin1_is_read(root):
    (root / "a.nb.txt").write_bytes(NB.replace("havnetomta", "tomta på Ørnes").encode("latin-1"))
    task = load(PairSpec("a", "a.en.txt", "a.nb.txt"), root)
    assert isinstance(task, Task) and "Ørnes" in task.translation.text


@pytest.mark.parametrize("setup, reason", [
    (lambda r: (r / "a.nb.txt").unlink(), "a.nb.txt: no such file"),
    (lambda r: (r / "a.nb.txt").write_bytes(b""), "a.nb.txt: file is empty"),
    (lambda r: (r / "a.nb.txt").write_bytes(b"\x89PNG\x00\x01" * 100), "a.nb.txt: looks like a binary file"),
    (lambda r: ((r / "a.nb.txt").unlink(), (r / "a.nb.txt").mkdir()), "a.nb.txt: is a directory"),
])
def test_unusable_files_become_error_rows(root, setup, reason):
    setup(root)
    r = load(PairSpec("a", "a.en.txt", "a.nb.txt"), root)
    assert isinstance(r, PairResult) and r.status == "error" and r.error_kind == "input"
    assert r.error.startswith(reason), r.error


def test_oversized_file_is_not_read(root, monkeypatch):
    monkeypatch.setattr(textio, "MAX_BYTES", 20)
    r = load(PairSpec("a", "a.en.txt", "a.nb.txt"), root)
    assert "file is too large" in r.error


def test_paths_outside_the_root_are_error_rows(root):
    (root.parent / "secret.txt").write_text(EN)
    r = load(PairSpec("a", "a.en.txt", "../secret.txt"), root)
    assert isinstance(r, PairResult) and "outside the archive root" in r.error


def test_key_changes_with_content_and_is_stable_for_a_missing_file(root):
    spec = PairSpec("a", "a.en.txt", "a.nb.txt")
    k1 = key_of(spec, root)
    (root / "a.nb.txt").write_text(NB + "Ny setning.\n", encoding="utf-8")
    k2 = key_of(spec, root)
    assert k1 != k2
    assert key_of(PairSpec("a", "a.en.txt", "a.nb.txt", source_lang="nb"), root) != k2
    missing = PairSpec("b", "b.en.txt", "b.nb.txt")
    assert key_of(missing, root) == key_of(missing, root)
