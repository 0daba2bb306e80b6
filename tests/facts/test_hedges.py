import pytest

from tcheck.facts.hedges import diff


@pytest.mark.parametrize("a, b", [
    ("He allegedly met the mayor.", "He met the mayor."),
    ("The firm is said to have paid.", "The firm paid."),
    ("He met the mayor.", "He reportedly met the mayor."),
    ("Hun skal ha betalt middagen.", "She paid for the dinner."),
])
def test_hedge_lost_or_added(a, b):
    [change] = diff(a, b)
    assert change.kind == "hedge"


@pytest.mark.parametrize("a, b", [
    ("He allegedly met the mayor.", "He is alleged to have met the mayor."),
    ("He reportedly left.", "According to reports, he left."),
    ("The firm is said to have paid.", "Selskapet skal ha betalt."),
    ("According to police, he fled.", "He fled, police said."),
    ("Work is scheduled to start in May.", "According to the plan, work starts in May."),
])
def test_hedge_kept(a, b):
    assert diff(a, b) == []
