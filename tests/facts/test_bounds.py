import pytest

from tcheck.facts import numbers
from tcheck.facts.bounds import flipped


def _flipped(a, b):
    return [(x, y) for _, x, _, y in flipped(numbers.extract(a), numbers.extract(b), a, b)]


@pytest.mark.parametrize("a, b, change", [
    ("The death toll in Syria exceeds 3,500.", "The death toll in Syria is less than 3,500.",
     ("exceeds 3,500", "less than 3,500")),
    ("The toll in Syria is over 3,500.", "The toll in Syria is fewer than 3,500.", ("over 3,500", "fewer than 3,500")),
    ("Nearly 31,000 people died.", "More than 31,000 people died.", ("Nearly 31,000", "More than 31,000")),
    ("It costs over $5 million.", "It costs under $5 million.", ("over $5 million", "under $5 million")),
    ("Tickets for those under 18 are free.", "Tickets for those 18 or older are free.", ("under 18", "18 or older")),
    # a word or two of what the figure counts between it and its bound
    ("Companies with 100 employees or more must report.", "Companies with under 100 employees must report.",
     ("100 employees or more", "under 100")),
    # antonyms that negation.py does not read as a swap: the other text says "more" elsewhere
    ("It killed more than 20,000 in Turkey, and over 3,500 in Syria.",
     "It killed fewer than 20,000 in Turkey, and more than 3,500 in Syria.", ("more than 20,000", "fewer than 20,000")),
])
def test_a_figure_bounded_the_other_way_is_flipped(a, b, change):
    assert _flipped(a, b) == [change]


@pytest.mark.parametrize("a, b", [
    ("Over 200 people were hurt.", "More than 200 people were injured."),  # one direction, said two ways
    ("Over 200 people were hurt.", "200 people were injured."),  # a bound dropped is no bound turned
    # antonyms, which negation.py reads as an opposite
    ("More than 3,500 died.", "Fewer than 3,500 died."),
    ("Water is above 5 metres.", "Water is below 5 metres."),
    # negated bounds, which negation.py reads with their particle
    ("Myopia not exceeding 600 degrees.", "Short-sightedness cannot be more than 600 degrees."),
    ("The tax is no more than 5%.", "The tax is over 5%."),
    # two bounds stacked, one each way, say no one direction
    ("The cost is almost more than 8,000 yuan.", "The cost is almost 8000 yuan."),
    # a figure said twice has no one bound
    ("Over 20 came, and 20 left.", "Under 20 came, and 20 left."),
])
def test_no_flip(a, b):
    assert _flipped(a, b) == []


def test_the_number_comparator_reports_a_flipped_bound():
    [change] = numbers.diff("The death toll in Syria exceeds 3,500.", "The death toll in Syria is less than 3,500.")
    assert (change.kind, change.before, change.after) == ("number", "exceeds 3,500", "less than 3,500")
