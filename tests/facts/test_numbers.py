import pytest

from tcheck.facts.numbers import diff, extract


@pytest.mark.parametrize("a, b", [
    ("three people were hurt", "3 people were hurt"),
    ("NOK 2.4 million", "2,4 millioner kroner"),
    ("$2bn", "2 billion dollars"),
    ("1,500 homes", "1.500 boliger"),
    ("1.5 million", "1,500,000"),
    ("50% of voters", "50 per cent of voters"),
    ("twenty-one votes", "21 votes"),
    ("Two men were arrested", "two men were arrested"),
    ("on 22 January 2016", "on January 22, 2016"),  # dates are the date comparator's
])
def test_same_numbers(a, b):
    assert diff(a, b) == []


@pytest.mark.parametrize("a, b, before, after", [
    ("around 340 jobs", "around 430 jobs", "340", "430"),
    ("three children", "four children", "3", "4"),
    ("NOK 2.4 million", "NOK 2.4 billion", "2.4 million", "2.4 billion"),
    ("1,5 millioner", "1.2 million", "1,5 millioner", "1.2 million"),
])
def test_changed_numbers(a, b, before, after):
    [change] = diff(a, b)
    assert (change.kind, change.before, change.after) == ("number", before, after)


def test_dropped_number_is_a_change():
    [change] = diff("19 votes to 14", "19 votes")
    assert change.before == "14" and change.after == ""


def test_years_are_left_to_dates():
    assert extract("in 2016 and on 3 May 2020") == []
