import pytest

from tcheck.facts.known_as import renamed


@pytest.mark.parametrize("lost, new", [
    (["Yom", "Kippur"], ["Day", "Atonement"]),
    (["Rosh", "Hashanah"], ["Jewish", "New", "Year"]),
    (["Sukkot"], ["Feast", "Tabernacles"]),  # a letter short of WordNet's "Sukkoth"
    (["Fed"], ["US", "Federal", "Reserve"]),
    (["Kuomintang"], ["Guomindang"]),
])
def test_another_name_of_one_holiday_or_body_is_no_loss(lost, new):
    rest = renamed(lost, new)
    assert rest[0] == [] and set(rest[1]) <= {"US"}


@pytest.mark.parametrize("lost, new", [
    (["Yom", "Kippur"], ["Rosh", "Hashanah"]),
    (["Hanukkah"], ["Passover"]),
    (["Rosh", "Hashanah"], ["Jewish"]),  # a name is matched whole, never by one of its words
    (["Taiwan"], ["China"]),  # places are left out: WordNet files Taiwan as China too
])
def test_other_names_are_kept(lost, new):
    assert renamed(lost, new) == (lost, new)
