import pytest

from tcheck.facts.quotes import diff, extract


def test_extract_all_quote_styles():
    text = '«Vi vet ikke» sa han, "we know" and “they know” and ‘maybe so’ but don\'t.'
    assert extract(text) == ["Vi vet ikke", "we know", "they know", "maybe so"]


@pytest.mark.parametrize("a, b", [
    ('"We are deeply disappointed by the decision," she said.', '"We are very pleased with the decision," she said.'),
    ('"This is a historic day for the town," he said.', '"This is a dark day for the harbour," he said.'),
    ('Officials called the fire an "accident".', 'Officials called the fire a "crime".'),  # one word is a quote too
])
@pytest.mark.parametrize("verbatim", [False, True])
def test_changed_quote(a, b, verbatim):
    [change] = diff(a, b, verbatim=verbatim)
    assert (change.kind, change.after) == ("quote", f"“{extract(b)[0]}”")


@pytest.mark.parametrize("a, b", [
    ('"We have followed every rule," she said.', '«We have followed all the rules», she said.'),
    ('"Now it will finally be part of the town again."', '"Now it will finally become part of the town again."'),
    ('He called it a "disgrace".', "He called it a disgrace."),  # the scare quote's word stays
    ('They backed the "Plan".', 'They backed the "plan".'),
    ('He answered "no".', "He refused."),  # function words alone: no content word to keep
])
def test_kept_quote(a, b):
    assert diff(a, b) == []


def test_one_word_quote_reworded_across_a_translation():
    """Across a translation an inflected word keeps its quote; in a rewrite the very word must stay."""
    a, b = 'Critics called the rules "unfair".', 'Critics called the rules "unfairly".'
    assert diff(a, b) == []
    assert [c.kind for c in diff(a, b, verbatim=True)] == ["quote"]
