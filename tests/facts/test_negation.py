import pytest

from tcheck.facts.negation import diff


@pytest.mark.parametrize("a, b", [
    ("The governor approved the plan.", "The governor did not approve the plan."),
    ("The governor approved the plan.", "Statsforvalteren godkjente ikke planen."),
    ("He received a ransom demand.", "He never received a ransom demand."),
    ("The court accepted the appeal.", "The court rejected the appeal."),
    ("The bill was passed by the upper house.", "The upper house voted down the bill."),
    ("The federation lifted the ban.", "The federation extended the ban."),
])
def test_flipped_polarity(a, b):
    [change] = diff(a, b)
    assert change.kind == "negation"


@pytest.mark.parametrize("a, b", [
    ("He did not comment.", "He declined to comment."),
    ("She refused to answer.", "She would not answer."),
    ("Nobody was hurt.", "No one was injured."),
    ("The report, No 32-04, is secret.", "The report is secret."),
])
def test_same_polarity(a, b):
    assert diff(a, b) == []
