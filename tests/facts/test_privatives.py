import re

import pytest

from tcheck.facts.cues import cues
from tcheck.facts.privatives import stand_ins, states, undone


def _read(a: str, b: str) -> tuple[list[str], list[str]]:
    found = stand_ins((cues(a, set()), cues(b, set())), (a, b), set())
    return [m.group(0) for m in found[0]], [m.group(0) for m in found[1]]


@pytest.mark.parametrize("a, b, stand_in", [
    ("Donors must have no genetic diseases.", "Donors must be free of genetic diseases.", "free of"),
    ("China had never hosted the games before.", "It was the first time China hosted the games.", "first time"),
    ("The drug has not yet been approved.", "The drug remains unapproved.", "unapproved"),
    ("The suspect has not been caught.", "The suspect remains at large.", "at large"),
    ("Nobody was in the house when they arrived.", "The house was empty when they arrived.", "empty"),
    ("He didn't say a word the whole time.", "He kept silent the whole time.", "kept silent"),
    ("She did not know what to say.", "She was at a loss for words.", "at a loss"),
    ("It was so dark that nothing could be seen.", "The room was too dark to see anything.", "too dark to"),
    ("Users who don't come pay too.", "Non-attending users pay too.", "Non-attending"),
])
def test_a_privative_stands_in_for_the_other_texts_cue(a, b, stand_in):
    ours, theirs = _read(a, b)
    assert len(ours) == len(theirs) == 1 and theirs == [stand_in]


def test_a_privative_makes_no_cue_where_the_other_text_has_none():
    assert _read("The storm cut power to 200,000 homes.", "The storm left 200,000 homes without power.") == ([], [])


@pytest.mark.parametrize("a, b, swap", [
    ("The drug was approved.", "The drug was unapproved.", ("approved", "unapproved")),
    ("The ship was seen.", "The ship was unseen.", ("seen", "unseen")),  # irregular, and WordNet pairs "detected"
    ("Only a resident may vote.", "Only a non-resident may vote.", ("resident", "non-resident")),
    ("Only residents may vote.", "Only non-residents may vote.", ("residents", "non-residents")),  # inflected
    # a participle that WordNet pairs, against its verb said in another form
    ("Hackers tried to interrupt the broadcast.", "Hackers left the broadcast uninterrupted.",
     ("interrupt", "uninterrupted")),
    ("Hackers left the broadcast uninterrupted.", "Hackers were interrupting the broadcast.",
     ("uninterrupted", "interrupting")),
])
def test_a_word_against_its_negation_by_prefix_is_undone(a, b, swap):
    assert undone((a, b), set()) == [swap]


def test_a_participle_beside_its_verb_said_as_often_is_no_swap():
    assert undone(("They interrupt it; it is uninterrupted.", "They interrupt it; it is uninterrupted."), set()) == []


def test_non_profit_negates_no_profit():
    assert undone(("The profit was small.", "The non-profit was small."), set()) == []


@pytest.mark.parametrize("a, b, swap", [
    ("The jacket is in stock.", "The jacket is out of stock.", ("in stock", "out of stock")),
    ("The patient is out of danger.", "The patient is in danger.", ("out of danger", "in danger")),
])
def test_a_state_against_its_lack_is_a_swap(a, b, swap):
    assert states((a, b)) == [swap]


def test_a_lack_said_twice_is_no_swap():
    assert states(("The jacket is out of stock.", "The jacket is out of stock again.")) == []
    assert not re.search("stock", str(states(("It is sold out.", "It is out of stock."))))
