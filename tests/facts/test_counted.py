import pytest

from tcheck.facts.counted import swapped
from tcheck.facts.numbers import diff, extract


def _swapped(a: str, b: str) -> list[tuple[str, str, str, str]]:
    return [tuple(q.text for q in found) for found in swapped(extract(a), extract(b), a, b)]


@pytest.mark.parametrize("a, b", [
    ("The attack killed 12 people and injured 40.", "The attack killed 40 people and injured 12."),
    ("Two dead, five injured in highway crash.", "Five dead, two injured in highway crash."),
    ("Sales rose 5% and profits 12%.", "Sales rose 12% and profits 5%."),
])
def test_two_numbers_swapped_between_what_they_count(a, b):
    [found] = _swapped(a, b)
    assert found[0] == found[3] != found[1] == found[2]
    [change] = diff(a, b)
    assert change.kind == "number" and change.before.split(", ") == change.after.split(", ")[::-1]


@pytest.mark.parametrize("a, b", [
    ("The attack killed 12 people and injured 40.", "The attack injured 40 and killed 12 people."),  # reordered
    ("Two dead, five injured in highway crash.", "Highway crash leaves two dead and five injured."),
    ("Sales rose 5% to 120 million.", "Sales rose to 120 million, up 5%."),  # a number moved with its words
    ("Prices rose from 5% to 12%.", "Prices rose to 12% from 5%."),
    ("He scored 2 goals and made 3 assists.", "He made 3 assists and scored 2 goals."),
])
def test_numbers_that_keep_their_terms_are_not_swapped(a, b):
    assert _swapped(a, b) == [] and diff(a, b) == []


def test_a_number_said_twice_has_no_one_set_of_terms():
    a, b = "Of 40 staff, 12 left and 40 stayed.", "Of 40 staff, 40 left and 12 stayed."
    assert _swapped(a, b) == []


@pytest.mark.parametrize("a, b, change", [
    ("Two women were trapped, and rescuers freed the two women.",
     "Two women were trapped, and rescuers freed the thirty women.", ("2", "30")),
    ("Officials said that two women were rescued after 122 hours.",
     "Officials said that three women were trapped for 122 hours, and rescuers freed the two women.", ("2", "3")),
])
def test_a_new_number_that_counts_what_a_kept_one_counts_changed_it(a, b, change):
    [found] = diff(a, b)
    assert (found.before, found.after) == change


@pytest.mark.parametrize("a, b", [
    ("Two women were rescued.", "Two women were rescued, two women who had been trapped."),  # one count, said again
    # a 1 that the original says as "one"
    ("Except for one mixed product, the remaining 6 products are fixed income products.",
     "Except for 1 product that is a mixed product, the remaining 6 products are fixed income products."),
    # what each counts differs: "167 public fund share registration institutions" / "411 public fund sales
    # institutions"
    ("There were 167 public fund share registration institutions.",
     "There were 167 public fund share registration institutions and 411 public fund sales institutions."),
])
def test_a_new_number_that_counts_something_else_is_no_recount(a, b):
    assert diff(a, b) == []
