import pytest
from reports import hostile_report, repeated_report

from tcheck.render import words
from tcheck.types import Finding


def test_where_counts_paragraphs_and_sentences_from_one():
    report = hostile_report()
    altered, dropped, added = report.findings
    assert words.where(report, altered) == "¶1, sentence 1"
    assert words.where(report, dropped) == "¶2, sentence 2"
    assert words.where(report, added) == "translation ¶3, sentence 3"  # an added claim is only in the translation


def test_inert_breaks_mentions_and_links_but_not_words():
    assert words.inert("@channel see #12 at https://x.io") == "@\u2060channel see #\u206012 at https\u2060://x.io"
    assert words.inert("e-mail a@b is fine") == "e-mail a@b is fine"


def test_the_same_change_in_several_places_is_one_group_in_order_of_first_place():
    quote, number, again = repeated_report().findings
    assert words.grouped(repeated_report().findings) == [(quote, (again,)), (number, ())]
    # A whole claim has no words before and after to be the same by: each stands alone.
    dropped = hostile_report().findings[1]
    assert words.grouped((dropped, dropped)) == [(dropped, ()), (dropped, ())]
    assert words.also(repeated_report(), (again,)) == f"The same change also at ¶3, sentence 3 ({again.id})."


@pytest.mark.parametrize("type_, kind, before, after, said, reason", [
    ("altered", "number", "340", "430", None, "number: 340 → 430"),
    ("altered", "hedge", "according to", "stated as fact", None, "hedge: according to → stated as fact"),
    ("altered", "negation", "affirmative", "not", ("approved", "did not approve"),
     "negation: approved → did not approve"),  # the texts' own words, not the comparator's terms
    ("altered", "polarity", "halt", "affirmative", None, "polarity: halt → (no negation)"),  # where none were found
    ("altered", "quote", "joint tours", None, None, "quote: joint tours → (none)"),
    ("dropped", "partial", "and two were hurt", None, None, "part of a claim dropped: “and two were hurt”"),
    ("added", "partial", None, "in the north", None, "part of a claim added: “in the north”"),
    ("dropped", "caption", None, None, None, "caption dropped: no counterpart in the translation"),
    ("added", "claim", None, None, None, "claim added: no counterpart in the original"),
    ("altered", "meaning", "rose", "fell", None, "meaning: rose → fell"),
    ("dropped", "meaning", "the ministry said", None, None, "meaning: part of a claim dropped: “the ministry said”"),
    ("added", "meaning", None, None, None, "meaning: part of a claim added"),  # no run of words to blame
])
def test_a_findings_reason_is_made_from_its_data(type_, kind, before, after, said, reason):
    f = Finding(type_, kind, "major", "o", "t", "e", before=before, after=after, said=said)
    assert words.reason(f) == reason


def test_silenced_findings_are_counted_in_one_wording_for_every_format():
    """A request's ids silence findings as a file's rules do: the count names no file."""
    from tcheck.render import words

    assert (words.ignored(1), words.ignored(3)) == ("1 finding silenced by an ignore rule",
                                                    "3 findings silenced by ignore rules")


def test_every_format_says_a_sensitivity_other_than_normal():
    """Two reports of one pair, at low and at high, read alike but for what one leaves out."""
    from dataclasses import replace as with_

    from tcheck.render import html, markdown, slack, terminal

    for level, said in (("low", "sensitivity low"), ("high", "sensitivity high"), ("normal", None)):
        report = with_(hostile_report(), meta={**hostile_report().meta, "sensitivity": level})
        for text in (markdown.render(report), slack.render(report), terminal.render(report, width=200),
                     html.render(report)):
            assert (said in text) if said else "sensitivity" not in text


def test_the_count_of_findings_says_how_many_distinct_changes_they_are():
    """Listed once with "The same change also at ...", three findings read as two: the count says so."""
    assert words.findings(repeated_report()) == "3 findings (2 distinct changes)"
    assert words.findings(hostile_report()) == "3 findings"
