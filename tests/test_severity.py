import pytest

from tcheck.severity import at_least, grade, severity


@pytest.mark.parametrize("kind, verbatim, verifier, lead, expected", [
    ("number", False, 0.97, False, "critical"),
    ("number", False, 0.2, False, "critical"),  # exact: the verifier's doubt does not move it
    ("hedge", False, 0.2, False, "major"),  # the verifier judges the meaning kept: one level down
    ("hedge", False, 0.2, True, "critical"),  # ... but in the lead, where every reader looks
    ("number", False, None, False, "critical"),  # --verifier none: the rule's own level
    ("quote", True, 0.3, False, "critical"),  # a quote in an English rewrite must keep its words
    ("quote", False, 0.3, False, "minor"),  # a quote MT rendered otherwise, meaning kept
    ("partial", False, 0.9, False, "major"),
    ("partial", False, 0.9, True, "critical"),
    ("claim", False, None, True, "critical"),  # never above the top
    ("caption", False, None, False, "minor"),
    ("meaning", False, 0.999, False, "major"),
])
def test_grade(kind, verbatim, verifier, lead, expected):
    assert grade(kind, verbatim, verifier, lead) == expected


def test_a_kind_nobody_listed_is_major():
    assert severity("something-new") == "major"


def test_at_least():
    assert at_least("critical", "major") and at_least("major", "major") and not at_least("minor", "major")
