from reports import hostile_report, repeated_report

from tcheck.render import words


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
