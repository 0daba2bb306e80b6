import random

from dataset import Example, read_pairs, reword, write_pairs


def test_a_run_is_put_as_the_other_rendering_puts_it_and_a_moved_one_is_not():
    # "On Friday" moved to the end is no rewording, either way; "must" / "has to" is the one run left.
    text = "On Friday the government must present a new budget."
    other = "The government has to present a new budget on Friday."
    assert reword(text, other, random.Random(0)) == "On Friday the government has to present a new budget."


def test_a_moved_word_is_no_rewording():
    # "On Monday the" / "The" would drop "Monday", which the other rendering says elsewhere.
    assert reword("On Monday the mayor resigned.", "The mayor resigned on Monday.", random.Random(0)) is None


def test_identical_renderings_have_nothing_to_reword():
    assert reword("The mayor resigned.", "The mayor resigned.", random.Random(0)) is None


def test_pairs_written_for_another_machine_read_back_the_same(tmp_path):
    pairs = [Example("He won «by 3».", "Han vant med 3.", "altered", "number", "doc-1", ("3",),
                     (((7, 8),), None)),
             Example("It rained.", "It rained.", "faithful", "faithful", "doc-2")]
    write_pairs(pairs, tmp_path / "pairs.jsonl")
    assert read_pairs(tmp_path / "pairs.jsonl") == pairs
