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


def test_a_report_filtered_by_severity_counts_and_names_what_it_left_out():
    from reports import hostile_report

    from tcheck.render import json as json_render
    from tcheck.render import markdown, slack, terminal
    from tcheck.severity import filtered

    report = hostile_report()
    levels = [f.severity for f in report.findings]
    assert filtered(report, "minor") is report  # every level: nothing to leave out, nothing to say
    major = filtered(report, "major")
    assert major.below == levels.count("minor") and major.meta["min_severity"] == "major"
    critical = filtered(major, "critical")
    assert [f.severity for f in critical.findings] == [s for s in levels if s == "critical"]
    assert critical.below == len(levels) - levels.count("critical") > 0  # counted across both filters
    said = f"{critical.below} finding{'s' if critical.below > 1 else ''} less severe than critical not shown"
    for render in (markdown.render, slack.render, terminal.render):
        assert said in render(critical), render
    back = json_render.from_dict(json_render.to_dict(critical))
    assert (back.below, back.meta["min_severity"]) == (critical.below, "critical")
