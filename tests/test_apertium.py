"""Real machine translation end to end: Apertium (Debian's apertium-eng-spa, installed by .ci/setup).

The Spanish fixture goes through the real `tcheck` command with `--mt-engine apertium`; the backend
is tested on its own for batching, order, unknown words and missing pairs.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, assert_gold, assert_one_line_error, check_json, run_cli
from tcheck.backends import apertium
from tcheck.backends.apertium import ApertiumTranslator
from tcheck.unknown import unmark
from tcheck.errors import ModelMissing
from tcheck.facts import names

ES = FIXTURES / "es-market"


@pytest.fixture(scope="module")
def es_json():
    return check_json(ES / "original.en.txt", ES / "translation.es.txt", "--mt-engine", "apertium")


def test_es_fixture_gives_exactly_the_gold_findings(es_json):
    assert_gold(es_json["findings"], "es-market")


def test_es_fixture_ran_through_apertium(es_json):
    assert es_json["meta"]["translator"] == "apertium:spa-eng"
    assert es_json["meta"]["translation_lang"] == "es"  # detected, not given
    english = [s["text_en"] for s in es_json["translation"]]
    assert len(english) == len(es_json["translation"]) and all(english)
    assert any("*Lobato" in e for e in english)  # unknown words keep Apertium's mark in the report


@pytest.fixture(scope="module")
def spa():
    return ApertiumTranslator("es")


def test_batch_is_one_call_with_one_output_per_input_in_order(spa, monkeypatch):
    calls = []
    real = subprocess.run

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(apertium.subprocess, "run", counting)
    sentences = [f"Tengo {n} perros." for n in range(1, 41)]
    sentences[7] = ""  # an empty sentence stays empty and costs no separator
    sentences[12] = "El coche\nrojo llegó."  # a line break inside a sentence cannot split it
    out = spa.translate_batch(sentences)
    assert len(calls) == 1
    assert len(out) == len(sentences)
    assert out[7] == ""
    assert "red car" in out[12]
    for n, text in enumerate(out, 1):
        if n not in (8, 13):
            assert f" {n} dogs" in text, (n, text)


def test_batch_falls_back_to_one_call_per_sentence_when_the_count_changes(spa, monkeypatch):
    real = spa._run

    def merging(text: str) -> str:  # as if Apertium had swallowed the separators
        return real(text).replace("\n\n", " ") if "\n\n" in text else real(text)

    monkeypatch.setattr(spa, "_run", merging)
    assert spa.translate_batch(["Uno.", "Dos.", "Tres."]) == ["One.", "Two.", "Three."]


def test_empty_batch(spa):
    assert spa.translate_batch([]) == []


def test_unknown_words_keep_their_mark_and_the_comparison_reads_past_it(spa):
    [text] = spa.translate_batch(["Zorbatxeko llegó ayer a Puerto Almira."])
    assert "*Zorbatxeko" in text and "Port Almira" in text
    assert unmark(text).startswith("Zorbatxeko ")
    original = "Zorbatxeko arrived in Puerto Almira yesterday."
    # An unknown name is passed through, not changed; a translated place name is still in the source.
    assert names.diff(original, unmark(text), source="Zorbatxeko llegó ayer a Puerto Almira.") == []


def test_names_against_the_source_text():
    original = "Rents will rise by 15 per cent, the council said."
    rough = "The hires will go up a 25 percent, said the City council."
    source = "Los alquileres subirán un 25 por ciento, dijo el Ayuntamiento."
    assert names.diff(original, rough, source=source) == []  # "City" is the MT's capital, not a name
    [change] = names.diff("Marcos Velilla criticised it.", "Jorge Salcedo critiqued it.",
                          source="Jorge Salcedo lo criticó.")
    assert (change.before, change.after) == ("Marcos Velilla", "Jorge Salcedo")


@pytest.mark.parametrize("lang, mode", [("es", "spa-eng"), ("spa", "spa-eng")])
def test_iso_codes_map_to_apertium_pairs(lang, mode):
    assert apertium.find(lang) == mode


def test_missing_pair_names_the_package(tmp_path, monkeypatch):
    (tmp_path / "modes").mkdir()
    monkeypatch.setenv("APERTIUM_DATADIR", str(tmp_path))
    with pytest.raises(ModelMissing, match=r"apt-get install apertium-eng-spa"):
        ApertiumTranslator("es")
    with pytest.raises(ModelMissing, match=r"no de->en pair"):
        ApertiumTranslator("de")


def test_cli_missing_pair_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "modes").mkdir()
    icelandic = tmp_path / "frett.is.txt"
    icelandic.write_text("Bæjarstjórnin samþykkti í gær að selja lóðina við höfnina.\n", encoding="utf-8")
    r = run_cli("check", ES / "original.en.txt", icelandic, "--source-lang", "is", "--mt-engine", "apertium",
                env={"APERTIUM_DATADIR": str(tmp_path)})
    assert_one_line_error(r, "apt-get install apertium-isl-eng")


def test_a_detected_language_without_a_pair_says_it_was_detected(tmp_path):
    german = tmp_path / "meldung.txt"
    german.write_text("Der Stadtrat hat am Montag beschlossen, das Grundstück am Hafen nicht zu verkaufen.\n",
                      encoding="utf-8")
    r = run_cli("check", ES / "original.en.txt", german, "--mt-engine", "apertium")
    assert_one_line_error(r, "meldung.txt reads as 'de'", "Apertium has no de->en pair", "give --source-lang")


def test_no_argos_model_where_apertium_has_the_pair_says_so(tmp_path):
    r = run_cli("check", ES / "original.en.txt", ES / "translation.es.txt", "--source-lang", "es",
                env={"ARGOS_PACKAGES_DIR": str(tmp_path)})
    assert_one_line_error(r, "run `tcheck models install es`", "or choose Apertium, whose es->en is installed")


def test_cli_without_apertium_is_one_line_and_exit_2(tmp_path):
    r = run_cli("check", ES / "original.en.txt", ES / "translation.es.txt", "--mt-engine", "apertium",
                env={"PATH": str(Path(sys.executable).parent)})
    assert_one_line_error(r, "Apertium is not installed", "apt-get install apertium-eng-spa")


def test_models_list_shows_apertium_pairs(tmp_path):
    r = run_cli("models", "list", env={"ARGOS_PACKAGES_DIR": str(tmp_path / "argos")})
    assert r.returncode == 0, r.stderr
    assert "apertium  es->en  spa-eng" in r.stdout
    (tmp_path / "modes").mkdir()
    r = run_cli("models", "list",
                env={"ARGOS_PACKAGES_DIR": str(tmp_path / "argos"), "APERTIUM_DATADIR": str(tmp_path)})
    assert "apertium" not in r.stdout


# Rough-MT tolerance in the comparison itself (general, not tied to Apertium).

@pytest.mark.parametrize("original, rough", [
    ("The plane landed safely after the pilot reported a technical problem.",
     "After the pilot informed a technical fault, the aircraft landed safely."),  # reporting verb, reworded
    ("The virus is thought to have spread from bats to humans.",
     "It is thought that the virus spread to humans of bats."),
])
def test_rough_hedges_are_kept(original, rough):
    from tcheck.facts import hedges

    assert hedges.diff(original, rough) == []


def test_spanish_number_format_is_read():
    from tcheck.facts import numbers

    assert numbers.diff("It cost 12,345.67 euros, 4 billion in all.",
                        "It cost 12.345,67 euros, 4.000 millions in all.") == []
    assert numbers.diff("It cost 12,345.67 euros.", "It cost 12.345,76 euros.") != []
