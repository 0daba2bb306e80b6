import pytest

from tcheck.facts import wordnet
from tcheck.facts.wordnet import hypernyms, offsets, pointers, records, synset_words

pytestmark = pytest.mark.skipif(not (wordnet.WORDNET / "index.verb").exists(), reason="needs WordNet")


def test_an_index_entry_names_its_senses_and_a_data_entry_its_words_and_pointers():
    rise = next(parts for parts in records("index.verb") if parts[0] == "rise")
    senses = offsets(rise)
    assert len(senses) == int(rise[2]) and all(len(o) == 8 and o.isdigit() for o in senses)
    data = {parts[0]: parts for parts in records("data.verb") if parts[0] in senses}
    assert all("rise" in synset_words(data[o]) for o in senses)
    assert any(symbol == "@" for o in senses for symbol, _, _, _ in pointers(data[o]))  # a kind of something


def test_an_adjectives_position_marker_is_no_part_of_its_word():
    assert "galore" in next(synset_words(p) for p in records("data.adj") if "galore(ip)" in p)


def test_a_missing_file_has_no_entries():
    assert list(records("data.nothing")) == []


def test_hypernyms_are_the_synsets_an_entry_is_a_kind_of():
    soar = next(parts for parts in records("index.verb") if parts[0] == "soar")
    data = {parts[0]: parts for parts in records("data.verb")}
    assert "rise" in synset_words(data[hypernyms(data[offsets(soar)[0]])[0]])  # to soar is to rise
    assert hypernyms(data[offsets(next(p for p in records("index.verb") if p[0] == "be"))[0]]) == []
