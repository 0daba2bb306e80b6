import random

import pytest

import kept
from tcheck.facts import antonyms, wordnet

pytestmark = pytest.mark.skipif(not (wordnet.WORDNET / "index.adj").exists(), reason="needs WordNet")


def _edits(text: str, kind: str, draws: int = 40) -> set[str]:
    return {e.text for seed in range(draws) for e in [kept._EDITS[kind](text, random.Random(seed))] if e}


def test_a_synonym_shares_the_words_commonest_sense_and_is_no_opposite():
    assert "entirely" in kept.synonyms("completely")
    assert not set(kept.synonyms("completely")) & set(antonyms.opposites("completely"))


def test_an_ambiguous_or_inflected_word_takes_no_synonym():
    assert kept.synonyms("bank") == ()  # many senses: the commonest need not be the text's
    assert kept.synonyms("becoming") == ()  # "become", inflected: not the adjective ("decent")


def test_numbers_and_dates_are_written_another_way_and_keep_their_value():
    assert _edits("Two ministers resigned, and 8 were named.", "number_form") >= {
        "Two ministers resigned, and eight were named."}
    assert _edits("Turnout rose to 52% on March 3.", "number_form") <= {
        "Turnout rose to 52 percent on March 3.", "Turnout rose to 52 per cent on March 3."}
    assert _edits("The vote is on March 3.", "date_form") == {
        "The vote is on 3 March.", "The vote is on the 3rd of March."}


def test_a_phrase_of_quantity_is_put_another_way_only_before_a_number():
    talk = _edits("Officials talked about the plan, about 30 of them.", "phrase")
    assert "Officials talked about the plan, around 30 of them." in talk
    assert not any("talked around" in e or "talked roughly" in e for e in talk)
    edits = _edits("Rescuers found more than 30 people over the weekend.", "phrase")
    assert "Rescuers found over 30 people over the weekend." in edits
    assert not any("more than the weekend" in e for e in edits)


def test_a_text_without_any_place_for_an_edit_keeps_none():
    assert kept.keep("He left.", random.Random(0)) is None
