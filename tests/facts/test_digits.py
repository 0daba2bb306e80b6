import pytest

from tcheck.facts.digits import normalise


@pytest.mark.parametrize("text, digits", [
    ("forty people", "40 people"),
    ("forty-two people and a seven-year term", "42 people and a 7 year term"),
    ("twenty one", "21"),
    ("one of them", "one of them"),  # a lone "one" is no number (text2num's threshold)
])
def test_number_words_as_digits(text, digits):
    assert normalise(text) == digits
