import pytest

from tcheck.facts.dates import diff, extract


@pytest.mark.parametrize("a, b", [
    ("on 22 January 2016", "22. januar 2016"),
    ("on 22 January 2016", "on January 22, 2016"),
    ("on 22 January 2016", "on 22 January"),
    ("at 14:30 on Tuesday", "kl. 14.30 tirsdag"),
    ("at 2.30pm", "at 14:30"),
    ("in March 2018", "i mars 2018"),
    ("el 5 de mayo de 2021", "on 5 May 2021"),
    ("He may resign", "He might resign"),
])
def test_same_dates(a, b):
    assert diff(a, b) == []


@pytest.mark.parametrize("a, b", [
    ("on 22 January 2016", "on 12 January 2016"),
    ("on 27 March", "27. mai"),
    ("in 2016", "in 2017"),
    ("on Tuesday", "on Wednesday"),
    ("at 14:30", "at 16:30"),
    ("on 27 March", "at some point"),
])
def test_changed_dates(a, b):
    [change] = diff(a, b)
    assert change.kind == "date"


def test_extract_fields():
    [d] = extract("22. januar 2016")
    assert (d.year, d.month, d.day) == (2016, 1, 22)
