from dataclasses import replace

from reports import hostile_report, repeated_report

from tcheck.render import slack
from tcheck.types import Doubt


def test_long_reports_stop_short_of_the_cap(monkeypatch):
    monkeypatch.setattr(slack, "MAX_CHARS", 400)
    text = slack.render(hostile_report(), max_findings=None)
    assert len(text) <= 400 and text.endswith("more not listed here._")


def test_a_quote_is_one_line():
    """A mrkdwn quote ends at a newline: a sentence holding one would spill out of its quote."""
    f = replace(hostile_report().findings[0], original="He said:\nwe won.", translation_en="He said:\nwe lost.")
    lines = slack.render(replace(hostile_report(), findings=(f,))).splitlines()
    assert ">Original: He said: we ~won~." in lines and ">In English: He said: we _lost_." in lines
    # The finding's fact strongly, the paraphrase lightly.
    f = replace(f, original="He said: we won 3-1.", translation_en="He stated: we won 3-2.", before="3-1", after="3-2",
                before_spans=((15, 18),), after_spans=((18, 21),))
    lines = slack.render(replace(hostile_report(), findings=(f,))).splitlines()
    assert ">Original: He ~said~: we won ~*3-1*~." in lines and ">In English: He _stated_: we won *3-2*." in lines


def test_unreliable_banner_and_no_findings():
    report = replace(hostile_report(), findings=(), unreliable=Doubt("chrf", 12.0, 25.0))
    text = slack.render(report)
    assert text.startswith("*tcheck: no added, dropped or altered claims found*")
    assert "chrF 12.0, below 25" in text


def test_a_capped_message_names_where_the_full_report_is():
    report = hostile_report()
    more = len(report.findings) - 1
    linked = slack.render(report, max_findings=1, full_report="https://cms.example/reports/42.html")
    assert linked.endswith(f"_…and {more} more in <https://cms.example/reports/42.html|the full report>._")
    named = slack.render(report, max_findings=1, full_report="report<1>_b.html")
    assert named.endswith("in `report&lt;1&gt;_b.html`._")  # code: its underscore ends no italic
    assert slack.render(report, max_findings=1).endswith(f"_…and {more} more not listed here._")


def test_a_change_in_several_places_is_listed_once_and_counted_whole():
    report = repeated_report()
    text = slack.render(report)
    assert "*1. Altered*" in text and "*2. Altered*" in text and "*3." not in text
    assert f">The same change also at ¶3, sentence 3 ({report.findings[2].id})." in text
    # The first entry stands for two findings: one is left to say after it.
    assert slack.render(report, max_findings=1).endswith("_…and 1 more not listed here._")


def test_slack_markers_in_the_text_stay_plain():
    """Slack has no escapes: Apertium's unknown-word asterisks ("*Newcastle ... *Larsen") would open and close
    bold, and a file name's underscore would end the italic line around it."""
    f = replace(hostile_report().findings[0], original="Coach Larsen said so.", translation_en="The *Newcastle coach, "
                "Stefan *Larsen, said_so ~now~ `x`.", before=None, after=None, before_spans=(), after_spans=())
    text = slack.render(replace(hostile_report(), findings=(f,)))
    assert "*\u200bNewcastle" in text and "*\u200bLarsen" in text and "said_\u200bso" in text
    assert "~\u200bnow~\u200b" in text and "`\u200bx`\u200b" in text
