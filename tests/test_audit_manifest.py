"""Manifests and folder patterns: which pairs an audit covers, and that no path leads outside the root."""
from __future__ import annotations

import os

import pytest

from tcheck.audit.manifest import PairSpec, find_pairs, load_manifest, resolve
from tcheck.errors import InputError


def test_csv_manifest(tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("id,original,translation,source_lang,mt_file\n"
                 "a,x/a.en.txt,x/a.nb.txt,nb,x/a.mt.txt\n"
                 "b,b.en.txt,b.en2.txt,,\n"
                 "c,c.en.txt,,,\n\n", encoding="utf-8")
    a, b, c = load_manifest(m)
    assert a == PairSpec("a", "x/a.en.txt", "x/a.nb.txt", "x/a.mt.txt", "nb")
    assert b == PairSpec("b", "b.en.txt", "b.en2.txt", "", None)
    assert c.error == "manifest line 4: no translation"


@pytest.mark.parametrize("codec", ["utf-16", "cp1252"])
def test_a_manifest_saved_by_a_spreadsheet_reads_as_utf8s_does(tmp_path, codec):
    m = tmp_path / "m.csv"
    m.write_bytes("id,original,translation\nTromsø,ø/a.en.txt,ø/a.nb.txt\n".encode(codec))  # utf-16: with a BOM
    assert load_manifest(m) == [PairSpec("Tromsø", "ø/a.en.txt", "ø/a.nb.txt", "", None)]


def test_a_rows_language_is_read_as_a_code(tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("id,original,translation,source_lang\n"
                 "a,a.en.txt,a.es.txt, ES \n"
                 "b,b.en.txt,b.es.txt,Spanish\n", encoding="utf-8")
    a, b = load_manifest(m)
    assert a.source_lang == "es" and a.error is None
    assert b.error == "manifest line 3: source_lang 'Spanish': give an ISO 639-1 code such as nb, es or de"


def test_jsonl_manifest_with_a_broken_line(tmp_path):
    m = tmp_path / "m.jsonl"
    m.write_text('{"id": "a", "original": "a.en", "translation": "a.nb", "mt_file": "a.mt"}\n'
                 "not json\n"
                 '["a list"]\n'
                 '{"id": 7, "original": "b.en", "translation": "b.nb"}\n', encoding="utf-8")
    a, bad, listed, b = load_manifest(m)
    assert a.mt == "a.mt" and a.error is None
    assert bad.id == "line-2" and "not JSON" in bad.error
    assert "not a JSON object" in listed.error
    assert b.id == "7"


@pytest.mark.parametrize("text, message", [
    ("id,original\na,b\n", "no translation column"),
    ("id,original,translation\na,b,c\na,d,e\n", "appears more than once"),
    ("id,original,translation\n", "lists no pairs"),
    ("\n \n", "the manifest is empty"),
])
def test_broken_manifest_is_an_input_error(tmp_path, text, message):
    m = tmp_path / "m.csv"
    m.write_text(text)
    with pytest.raises(InputError, match=message):
        load_manifest(m)


@pytest.mark.parametrize("rel", ["../x.txt", "a/../../x.txt", "/etc/passwd", "C:/x.txt", "..\\x.txt", ""])
def test_resolve_refuses_paths_outside_the_root(tmp_path, rel):
    with pytest.raises(InputError):
        resolve(tmp_path, rel)


def test_resolve_refuses_a_symlink_that_leads_out(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path / "secret.txt", root / "link.txt")
    with pytest.raises(InputError, match="symlink"):
        resolve(root, "link.txt")
    (root / "sub").mkdir()
    assert resolve(root, "./sub/in.txt") == (root / "sub" / "in.txt").resolve()


def test_find_pairs_by_pattern(tmp_path):
    for name in ["2024/a.en.txt", "2024/a.nb.txt", "b.en.txt", "b.nb.txt", "c.en.txt", "d.nb.txt", "notes.txt",
                 "out/e.en.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    specs = {s.id: s for s in find_pairs(tmp_path, "{id}.en.txt", "{id}.nb.txt", "{id}.mt.txt", "nb",
                                         exclude=tmp_path / "out")}
    assert set(specs) == {"2024/a", "b", "c", "d"}
    assert specs["2024/a"] == PairSpec("2024/a", "2024/a.en.txt", "2024/a.nb.txt", "2024/a.mt.txt", "nb")
    assert specs["c"].error is None  # its missing translation is a read error later, with the file's name
    assert "no original" in specs["d"].error


def test_find_pairs_with_folders_per_pair(tmp_path):
    for name in ["s1/original.en.txt", "s1/translation.nb.txt", "s2/original.en.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    specs = find_pairs(tmp_path, "{id}/original.en.txt", "{id}/translation.nb.txt")
    assert [s.id for s in specs] == ["s1", "s2"]


@pytest.mark.parametrize("patterns, message", [
    (("a.en.txt", "{id}.nb.txt"), "must contain"),
    (("{id}.en.txt", "../{id}.nb.txt"), "leads outside"),
    (("{id}.en.txt", "{id}.nb.txt"), "no file matches"),
])
def test_find_pairs_refuses_bad_patterns(tmp_path, patterns, message):
    with pytest.raises(InputError, match=message):
        find_pairs(tmp_path, *patterns)
