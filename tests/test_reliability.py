from dataclasses import replace
from html import unescape

import pytest
from reports import hostile_report, validate

from tcheck.reliability import judge
from tcheck.render import html, json, markdown, terminal
from tcheck.types import Doubt, Scores


@pytest.mark.parametrize("chrf, coverage, claims, spoken, measure", [
    (55.0, 0.9, 40, 0.9, None),  # a real translation
    (30.0, 0.6, 40, 0.6, None),  # a poor one is still a translation
    (40.0, 0.05, 40, 0.05, "coverage"),  # nothing aligns: a broken model
    (17.0, 0.5, 40, 0.5, "chrf"),  # it aligned by chance, but shares no wording
    (3.0, 0.0, 3, 0.0, None),  # three sentences say too little to judge
    (9.0, 0.08, 40, 1.0, None),  # an article cut to its first paragraph: what it says, it says
])
def test_judge(chrf, coverage, claims, spoken, measure):
    doubt = judge(Scores(10.0, chrf, coverage), claims, spoken)
    assert (doubt.measure if doubt else None) == measure


def test_every_format_says_so():
    report = replace(hostile_report(), unreliable=Doubt("coverage", 0.05, 0.4))
    assert report.verdict == "unreliable"
    data = json.to_dict(report)
    validate(data)
    assert (data["verdict"] == "unreliable"
            and data["unreliable"] == {"measure": "coverage", "value": 0.05, "bound": 0.4})
    for text in (markdown.render(report), unescape(html.render(report)), terminal.render(report, width=200)):
        assert "only 5% of the original's sentences found a counterpart" in " ".join(text.split())
    assert json.to_dict(hostile_report())["unreliable"] is None
