import pytest

from tcheck.facts import antonyms, verbs

pytestmark = pytest.mark.skipif(not (antonyms.WORDNET / "index.verb").exists(), reason="needs WordNet")


@pytest.mark.parametrize("text, found", [
    ("Experts have analysed that the economy was weak.", ["analysed"]),
    ("The report pointed out that returnees rose.", ["pointed"]),
    ("She stressed that nothing was agreed.", ["stressed"]),
    ("Officials said that the bridge was closed.", ["said"]),
])
def test_a_verb_of_saying_or_thinking_before_that_reports(text, found):
    assert verbs.reporting(text) == found


@pytest.mark.parametrize("text", [
    "It is not ruled out that prices will rise.",  # "out" follows "ruled", whose commonest sense is to govern
    "He found that the door was open.",  # finding is filed as getting, not as knowing
    "The fact that he left surprised no one.",
    "They left early so that they could vote.",
])
def test_other_words_before_that_do_not(text):
    assert verbs.reporting(text) == []


def test_the_table_holds_lemmas_filed_as_communication_or_cognition():
    assert {"say", "believe", "analyze", "stress", "estimate"} <= verbs.saying()
    assert not {"run", "rule", "find", "eat"} & verbs.saying()
