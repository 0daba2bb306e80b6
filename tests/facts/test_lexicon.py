import pytest

from tcheck.facts.lexicon import title_case, word_sources, words


@pytest.mark.parametrize("word, proper, common", [
    ("liverpool", True, False),  # a name even where it opens a sentence
    ("oslo", True, False),
    ("china", False, True),  # "china" the porcelain: WordNet knows it in lower case too
    ("bill", False, True),
    ("formulate", False, True),  # a verb that opens an instruction is no name
])
def test_words_by_case(word, proper, common):
    names, lower = words()
    assert (word in names, word in lower) == (proper, common)


def test_the_table_is_rebuilt_when_its_reader_or_wordnet_changes():
    sources = word_sources()
    assert sources[0].name == "lexicon.py" and {p.name for p in sources[1:]} == {
        "data.noun", "data.verb", "data.adj", "data.adv"}


@pytest.mark.parametrize("text, title", [
    ("Storm Hits Bergen Harbour After Midnight", True),
    ("Prime Minister Denies Resignation Rumours", True),
    ("Storm hits Bergen harbour after midnight", False),
    ("The Storting Voted For The Proposal Today.", False),  # a full stop ends a sentence, not a heading
    ("Oslo Wins", False),  # too short to tell
])
def test_title_case(text, title):
    assert title_case(text) is title
