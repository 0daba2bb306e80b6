from pathlib import Path

import pytest

from tcheck import langid
from tcheck.errors import InputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NYNORSK = ("Kommunestyret vedtok i går kveld å leggja ned skulen på Bø. Ordføraren seier at det ikkje finst pengar "
           "til å halda fram med drifta, og at elevane skal gå på skulen i sentrum frå hausten av. Foreldra er sinte "
           "og meiner at kommunen ikkje har lytta til dei.")
DANISH = ("Byrådet vedtog i går aftes at lukke skolen i Bø. Borgmesteren siger, at der ikke er penge til at fortsætte "
          "driften, og at eleverne skal gå i skole i centrum fra efteråret. Forældrene er vrede og mener, at kommunen "
          "ikke har lyttet til dem.")


@pytest.mark.parametrize("path, code", [("en-rewrite/original.en.txt", "en"), ("nb-council/translation.nb.txt", "nb"),
                                        ("es-market/translation.es.txt", "es")])
def test_an_article_is_read_without_loading_lingua(path, code):
    text = (FIXTURES / path).read_text(encoding="utf-8")
    assert langid.quick(text) == code
    assert langid.detect(text) == code


@pytest.mark.parametrize("text, code", [(NYNORSK, "nn"), (DANISH, "da")])
def test_nynorsk_and_danish_are_not_bokmal(text, code):
    assert langid.detect(text) == code


def test_markup_is_read_as_its_words():
    assert langid.detect("<p class='lede'>" + NYNORSK.replace(". ", ".</p><p>") + "</p>") == "nn"


def test_short_text_goes_to_lingua():
    text = "Ordføraren seier at det ikkje finst pengar."
    assert len(text) < langid.QUICK_LEAST and langid.quick(text) is None
    assert langid.detect(text) == "nn"


def test_text_cld2_cannot_take_goes_to_lingua():
    text = DANISH.replace(". ", ".\x85 ")  # a C1 control character: CLD2 rejects the input as invalid UTF-8
    assert langid.quick(text) is None
    assert langid.detect(text) == "da"


def test_a_language_tcheck_does_not_offer_is_left_to_lingua():
    welsh = ("Mae'r cyngor wedi penderfynu cau'r ysgol yn y pentref. Dywedodd yr arweinydd nad oes arian i barhau, "
             "ac y bydd y disgyblion yn mynd i'r ysgol yn y dref o'r hydref ymlaen. Mae'r rhieni yn flin iawn am hyn.")
    assert langid.quick(welsh) is None
    assert langid.detect(welsh) in langid._CODES


def test_no_language_at_all_is_one_line_asking_for_source_lang():
    with pytest.raises(InputError, match="--source-lang"):
        langid.detect("12345 67890 " * 30, "numbers.txt")


def test_the_signature_names_both_detectors():
    assert langid.signature().startswith("cld2-") and "+lingua-" in langid.signature()


@pytest.mark.parametrize("given, code", [("nb", "nb"), (" ES ", "es"), ("spa", "spa")])
def test_a_code_is_read_in_any_case(given, code):
    assert langid.code(given) == code


@pytest.mark.parametrize("given", ["Norwegian", "e", "n-b", ""])
def test_what_is_no_code_is_named(given):
    with pytest.raises(InputError, match="give an ISO 639-1 code"):
        langid.code(given)


@pytest.mark.parametrize("text, english", [
    ("Støre meets Biden in Oslo.", True),  # names that a detector may read as Norwegian
    ("Fintech unicorn's IPO flops", True),
    ("NATO: ØKONOMI", True),  # no lower-case word: nothing to overrule the original's role
    ("Kommunestyret i Havnvik vedtok tirsdag å selge tomta. Ordføreren var fornøyd med vedtaket.", False),
    ("El consejo no aprobó el plan.", False),
    ("Der Rat hat den Plan nicht genehmigt.", False),
    ("The council met. " * 15, False),  # long enough for the detectors to be trusted
])
def test_a_short_original_reads_as_english_by_its_words(text, english):
    assert langid.reads_english(text) is english
