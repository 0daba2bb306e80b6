import pytest

from tcheck.facts.quantities import extract


def one(text):
    [q] = extract(text)
    return q


@pytest.mark.parametrize("a, b", [
    ("six months", "half a year"),
    ("three years and six months", "three and a half years"),
    ("ten years", "a decade"),
    ("90 minutes", "an hour and a half"),
    ("every two weeks", "every fortnight"),
    ("18 months", "a year and a half"),
])
def test_durations_meet(a, b):
    assert one(a).key == one(b).key and one(a).unit == "days"


@pytest.mark.parametrize("a, b", [
    ("one in four pupils", "25% of pupils"),
    ("shrank by a fifth", "shrank by 20 per cent"),
    ("One child in five", "20 prosent"),
    ("half of the voters", "fifty per cent of the voters"),
])
def test_shares_meet(a, b):
    assert one(a).key == one(b).key and one(a).unit == "share"


def test_multiples_are_plain_numbers():
    # "scored twice" / "two goals": a multiple counts as its number.
    assert one("scored twice").key == ("", 2.0)
    assert one("three times higher").key == one("prices tripled").key == ("", 3.0)


@pytest.mark.parametrize("text", [
    "a 34-year-old man",  # an age is a number, not a span of time
    "two weeks later",  # a relative date is the date comparator's
    "Two goals in the second half",  # "second" is mostly the ordinal
    "seeking a third term",
    "the third-quarter loss",
    "a third was seriously injured",
])
def test_not_quantities(text):
    assert extract(text) == []


def test_an_article_is_an_implicit_count():
    assert one("2 million kroner a year").implicit
    assert not one("for ten years").implicit
