import pytest

from tcheck.facts import verbs, wordnet

pytestmark = pytest.mark.skipif(not (wordnet.WORDNET / "index.verb").exists(), reason="needs WordNet")


@pytest.mark.parametrize("text, found", [
    ("Experts have analysed that the economy was weak.", ["analysed"]),
    ("The report pointed out that returnees rose.", ["pointed"]),
    ("She stressed that nothing was agreed.", ["stressed"]),
    ("Officials said that the bridge was closed.", ["said"]),
    # Before a clause, a verb with any sense of thinking or saying: to hold, to maintain, to reveal
    ("Experts hold that the policy is effective.", ["hold"]),
    ("Analysts maintained that China would grow.", ["maintained"]),
    ("The official revealed that 40 firms had joined.", ["revealed"]),
])
def test_a_verb_of_saying_or_thinking_before_that_reports(text, found):
    assert [m.group(1) for m in verbs.reporting(text)] == found


@pytest.mark.parametrize("text", [
    "It is not ruled out that prices will rise.",  # "out" follows "ruled", whose commonest sense is to govern
    "He found that door open.",  # finding is filed as getting, not as knowing; "that" points here
    "They hold that position.",  # "that" points, where no clause follows
    "The plant will maintain that level of output.",
    "The fact that he left surprised no one.",
    "They left early so that they could vote.",
])
def test_other_words_before_that_do_not(text):
    assert verbs.reporting(text) == []


def test_the_table_holds_lemmas_filed_as_communication_or_cognition():
    assert {"say", "believe", "analyze", "stress", "estimate"} <= verbs.saying()
    assert not {"run", "rule", "find", "eat"} & verbs.saying()


def test_the_wider_table_holds_lemmas_with_any_such_sense():
    assert verbs.saying() < verbs.thinking()
    assert {"hold", "maintain", "reveal", "find"} <= verbs.thinking()
    assert not {"run", "eat", "walk", "fall"} & verbs.thinking()
