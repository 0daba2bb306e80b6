import pytest

from tcheck.facts import synonyms, wordnet

pytestmark = pytest.mark.skipif(not (wordnet.WORDNET / "index.noun").exists(), reason="needs WordNet")


@pytest.mark.parametrize("x, y", [("figures", "numbers"), ("dark", "black"), ("quake", "earthquake")])
def test_words_that_share_a_sense_are_one(x, y):
    assert synonyms.same(x, y) and synonyms.same(y, x)


@pytest.mark.parametrize("x, y", [("disappointed", "surprised"), ("good", "bad"), ("rose", "fell"),
                                  ("Republic", "returnee")])
def test_other_words_and_opposites_are_not(x, y):
    assert not synonyms.same(x.lower(), y.lower())


def test_senses_come_part_by_part_commonest_first():
    # "bank": the sloping land before the institution, as WordNet orders them.
    assert synonyms.senses("bank")[:2] == ("n:09213565", "n:08420278")
    assert synonyms.senses("zzzz") == ()


def test_a_senses_words_are_read_from_its_synset():
    sense = next(s for s in synonyms.senses("quake") if s.startswith("n:"))
    assert {"quake", "earthquake", "temblor", "seism"} <= set(synonyms.words(sense))


def test_a_lemma_is_a_verb_where_wordnet_files_a_verb_sense_of_it():
    from tcheck.facts.synonyms import is_verb

    assert is_verb("unveil") and is_verb("approve")
    assert not is_verb("unapprove") and not is_verb("uncertain")


def test_a_verb_is_a_kind_of_its_hypernyms_not_the_reverse():
    from tcheck.facts.synonyms import kind_of

    assert kind_of("missed", "failed") and kind_of("averted", "prevented")
    assert not kind_of("failed", "missed") and not kind_of("dismissed", "denied")
