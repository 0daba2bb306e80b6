import pytest

from tcheck.facts.quotes import diff, extract


def test_extract_all_quote_styles():
    text = '«Vi vet ikke» sa han, "we know" and “they know” and ‘maybe so’ but don\'t.'
    assert extract(text) == ["Vi vet ikke", "we know", "they know", "maybe so"]


@pytest.mark.parametrize("a, b", [
    ('"We are deeply disappointed by the decision," she said.', '"We are very pleased with the decision," she said.'),
    ('"This is a historic day for the town," he said.', '"This is a dark day for the harbour," he said.'),
])
def test_changed_quote(a, b):
    [change] = diff(a, b)
    assert change.kind == "quote"


@pytest.mark.parametrize("a, b", [
    ('"We have followed every rule," she said.', '«We have followed all the rules», she said.'),
    ('"Now it will finally be part of the town again."', '"Now it will finally become part of the town again."'),
    ('He called it a "disgrace".', "He called it a disgrace."),  # one-word scare quote
])
def test_kept_quote(a, b):
    assert diff(a, b) == []
