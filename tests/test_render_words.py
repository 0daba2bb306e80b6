from reports import hostile_report

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
