import pytest

from tcheck.facts.cues import cues, in_name, plain


@pytest.mark.parametrize("text, said", [
    ("He did not comment.", ["not"]),
    ("He declined to comment.", ["declined"]),
    ("Exports declined to 3% in May.", []),  # a fall, not a refusal
    ("He neither called nor wrote.", ["neither"]),  # "nor" carries the "neither"
    ("There was no food and no water.", ["no"]),  # a particle repeated after "and" says one "not"
    ("He did not go, nor did she.", ["not", "nor"]),  # "nor" after "not" negates a clause of its own
    ("Doctors Without Borders said it was hit.", []),  # a cue inside a name
    ("Not only prices but also wages rose.", []),  # "not only X but also Y" says both
    # speech says a cue again at once, with the words that led to it or "I mean"
    ("It's not, it's not that simple.", ["not"]),
    ("Nobody, and I mean nobody, saw it coming.", ["Nobody"]),
    ("I did not go, I did not stay.", ["not", "not"]),  # two clauses, each negated
    # "far from" and "anything but" say "not" before an adjective, and where or what else before anything else
    ("The talks are far from over.", ["far from"]), ("It is far from being solved.", ["far from"]),
    ("The result was anything but certain.", ["anything but"]),
    ("The village is far from the city.", []), ("The boat sank far from shore.", []),
    ("They live far from home.", []), ("They would do anything but wait.", []),
])
def test_the_cues_that_count(text, said):
    assert [m.group(0) for m in cues(text, set())] == said


def test_a_cue_already_counted_in_an_antonym_swap_is_skipped():
    assert cues("The offer was refused.", {"refused"}) == []


@pytest.mark.parametrize("text, blanked", [
    ("We will spare no effort.", "no"),
    ("There is no doubt about it.", "no"),
    ("No problem, it ships today.", "No"),  # opening a clause
    ("I can't wait to see it!", "can't"),
    ("Yeah, no, that's exactly what I mean.", "no,"),  # an interjection's "no"
])
def test_a_fixed_phrase_loses_its_particle_and_keeps_its_length(text, blanked):
    out = plain(text)
    assert len(out) == len(text) and blanked not in out.split()
    assert cues(out, set()) == []


def test_a_fixed_phrase_mid_clause_keeps_its_particle():
    text = "There is no problem with the battery."
    assert plain(text) == text and [m.group(0) for m in cues(text, set())] == ["no"]


@pytest.mark.parametrize("text, start, named", [
    ("Doctors Without Borders said so.", 8, True),
    ("Without doubt, it rose.", 0, False),  # opening a sentence
    ("He left without paying.", 8, False),
    ("Prime Minister Denies Resignation Rumours", 15, False),  # a title-case heading capitalises every word
])
def test_in_name(text, start, named):
    assert in_name(text, start) is named
