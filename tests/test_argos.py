"""The real Argos Translate path, on a tiny package the tests build themselves (tests/argos_tiny.py).

Argos reads its settings (ARGOS_PACKAGES_DIR and the home folders) when it is imported, so every
test that touches Argos runs the `tcheck` console script in a subprocess with its own packages
folder and home; nothing here reads or writes the real home or the network.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from argos_tiny import build_argosmodel

from tcheck.cache import cache_dir

REPO = Path(__file__).resolve().parents[1]
TCHECK = Path(sys.executable).parent / "tcheck"
ORIGINAL = "fixtures/nb-council/original.en.txt"
TRANSLATION = "fixtures/nb-council/translation.nb.txt"


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return build_argosmodel(tmp_path_factory.mktemp("argos-build"))


@pytest.fixture
def tcheck(tmp_path):
    """Run the tcheck CLI with a fresh, empty Argos packages folder and a throwaway home; the ONNX
    exports come from the cache that `tcheck models prepare` filled at setup (a throwaway cache would
    export them again, with torch, in every check)."""
    from tcheck.cache import cache_dir

    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARGOS_", "XDG_"))}
    env["TCHECK_CACHE"] = str(cache_dir())
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        env[name] = str(tmp_path / name.lower())
    env["ARGOS_PACKAGES_DIR"] = str(tmp_path / "argos-packages")
    env["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"  # never the real index, should anything ask
    env.pop("TCHECK_DEBUG", None)

    def run(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(TCHECK), *map(str, args)], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
        )

    run.packages_dir, run.env = tmp_path / "argos-packages", env
    return run


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tcheck: error:"), lines[0]
    return lines[0]


def test_built_model_translates_in_ctranslate2(package, tmp_path):
    import ctranslate2
    import sentencepiece as spm

    with zipfile.ZipFile(package) as z:
        assert {n.split("/")[0] for n in z.namelist()} == {"translate-nb_en-tiny"}
        z.extractall(tmp_path)
    top = tmp_path / "translate-nb_en-tiny"
    meta = json.loads((top / "metadata.json").read_text(encoding="utf-8"))
    assert (meta["from_code"], meta["to_code"], meta["type"]) == ("nb", "en", "translate")

    sp = spm.SentencePieceProcessor(model_file=str(top / "sentencepiece.model"))
    sentences = ["Kommunestyret vedtok budsjettet.", "Møtet varte i tre timer.", "Ordføreren var enig."]
    tokens = [sp.encode(s, out_type=str) for s in sentences]
    translator = ctranslate2.Translator(str(top / "model"), device="cpu", intra_threads=1)
    results = translator.translate_batch(tokens, beam_size=2, max_decoding_length=20)

    assert len(results) == 3
    for r in results:
        assert r.hypotheses and all(isinstance(t, str) for t in r.hypotheses[0])


def test_install_from_file_then_list(package, tcheck):
    installed = tcheck("models", "install", "--file", package)
    assert installed.returncode == 0, installed.stderr
    assert "nb->en" in installed.stdout
    assert (tcheck.packages_dir / "translate-nb_en-tiny" / "metadata.json").is_file()

    listed = tcheck("models", "list")
    assert listed.returncode == 0, listed.stderr
    assert "nb->en" in listed.stdout
    again = tcheck("models", "install", "--file", package)  # says that it replaced the one installed
    assert again.returncode == 0 and "(replacing " in again.stdout, again.stdout


def _not_a_zip(tmp_path: Path) -> Path:
    path = tmp_path / "fake.argosmodel"
    path.write_text("this is not a zip archive\n", encoding="utf-8")
    return path


def _zip_without_metadata(tmp_path: Path) -> Path:
    path = tmp_path / "nometa.argosmodel"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("translate-nb_en-broken/model/model.bin", b"\0" * 16)
        z.writestr("translate-nb_en-broken/sentencepiece.model", b"")
    return path


@pytest.mark.parametrize("make_bad", [_not_a_zip, _zip_without_metadata], ids=["not-zip", "no-metadata"])
def test_install_rejects_a_file_that_is_no_package(make_bad, tcheck, tmp_path):
    result = tcheck("models", "install", "--file", make_bad(tmp_path))
    line = one_error_line(result)
    assert "not an Argos package" in line
    installed = list(tcheck.packages_dir.iterdir()) if tcheck.packages_dir.exists() else []
    assert not installed, "a rejected file must leave nothing installed"


def test_install_refuses_a_package_out_of_english(tcheck, tmp_path):
    """An en->nb package never reads a translation into English, and `models remove` could not name it."""
    wrong_way = build_argosmodel(tmp_path / "build", from_code="en", to_code="nb")
    line = one_error_line(tcheck("models", "install", "--file", wrong_way))
    assert "translates en->nb; tcheck needs a package into English (nb->en" in line
    installed = list(tcheck.packages_dir.iterdir()) if tcheck.packages_dir.exists() else []
    assert not installed


def test_install_without_network_is_one_line_at_once(tcheck):
    """Argos's own index update recursed for most of a minute and logged a thousand lines first."""
    result = tcheck("models", "install", "nb", timeout=60)
    line = one_error_line(result)
    assert "cannot reach the Argos package index" in line and "--file" in line
    assert result.stdout == ""


def test_check_without_model_names_the_install_command(tcheck):
    result = tcheck("check", ORIGINAL, TRANSLATION)
    line = one_error_line(result)
    assert "tcheck models install nb" in line


@pytest.mark.slow
def test_check_runs_the_installed_model_then_remove(package, tcheck):
    assert tcheck("models", "install", "--file", package).returncode == 0

    # Random weights translate into gibberish: the verdict says the translation step failed, instead
    # of dozens of critical findings, and --fail-on unreliable lets a bot stop there.
    result = tcheck("check", ORIGINAL, TRANSLATION, "--format", "json", "--fail-on", "unreliable")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert (report["verdict"] == "unreliable"
            and report["unreliable"]["measure"] in ("coverage", "chrf")), report["unreliable"]
    assert report["meta"]["translator"].startswith("argos:"), report["meta"]
    assert report["meta"]["translation_lang"] == "nb"

    # A rerun reads each sentence's English from the user's cache: the same rendering, and stored
    # under the package's own name (a package installed afresh has files of other stats).
    again = tcheck("check", ORIGINAL, TRANSLATION, "--format", "json")
    assert ([s["text_en"] for s in json.loads(again.stdout)["translation"]]
            == [s["text_en"] for s in report["translation"]])
    with sqlite3.connect(cache_dir() / "outputs.sqlite") as db:
        kept = db.execute("SELECT count(*) FROM outputs WHERE model LIKE 'argos:nb-en@%'").fetchone()[0]
    assert kept >= len({s["text"] for s in report["translation"] if s["text"].strip()})

    rendered = report["translation"]
    assert len(rendered) == norwegian_segment_count()
    assert all(isinstance(seg["text_en"], str) for seg in rendered)
    assert any(seg["text_en"].strip() for seg in rendered), "the model should decode to some text"

    removed = tcheck("models", "remove", "nb")
    assert removed.returncode == 0, removed.stderr
    listed = tcheck("models", "list")
    assert listed.returncode == 0, listed.stderr
    assert "nb->en" not in listed.stdout
    assert not (tcheck.packages_dir / "translate-nb_en-tiny").exists()


def test_the_workers_a_batch_is_cut_for_leave_its_translations_as_they_are(package, tcheck):
    """ArgosTranslator cuts a batch into one part per worker (core): the English must not depend on
    how many cores the machine has, since the stored renderings do not say it."""
    assert tcheck("models", "install", "--file", package).returncode == 0
    code = ("import json, sys; from tcheck import pipeline; from tcheck.backends.argos import ArgosTranslator\n"
            "text = open(sys.argv[1], encoding='utf-8').read()\n"
            "sentences = [s.text for s in pipeline.prepare(text, 'nb', 'text', 'nb').segments]\n"
            "print(json.dumps([ArgosTranslator('nb', threads=k).translate_batch(sentences) for k in (1, 3)]))")
    r = subprocess.run([sys.executable, "-c", code, TRANSLATION], cwd=REPO, env=tcheck.env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    one, three = json.loads(r.stdout)
    assert len(one) == norwegian_segment_count() and one == three


def norwegian_segment_count() -> int:
    """Segments tcheck makes of the Norwegian fixture, counted in-process (no Argos involved).

    The JSON pairs segments with translations by zip(), which would hide a short batch.
    """
    from tcheck import markup, pipeline
    from tcheck.textio import read_text

    path = REPO / TRANSLATION
    text = read_text(path)[0]
    return len(pipeline.prepare(text, "nb", markup.sniff(text, path.name), path.name).segments)


def test_a_nynorsk_check_says_once_that_it_reads_through_bokmal(monkeypatch, caplog):
    """A check asks for the model twice (what its output depends on, then the model): one warning."""
    from types import SimpleNamespace

    from tcheck import models

    bokmal = SimpleNamespace(from_code="nb", to_code="en")
    monkeypatch.setattr(models, "_installed_packages", lambda: [bokmal])
    monkeypatch.setattr(models, "_FELL_BACK", set())
    with caplog.at_level("WARNING", logger=models.log.name):
        assert models.find("nn") is bokmal and models.find("nn") is bokmal
    assert [r.getMessage() for r in caplog.records] == ["no nn->en model; using nb->en"]
