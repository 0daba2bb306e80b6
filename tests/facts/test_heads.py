import pytest

from tcheck.facts import heads, wordnet

pytestmark = pytest.mark.skipif(not (wordnet.WORDNET / "data.noun").exists(), reason="needs WordNet")


@pytest.mark.parametrize("word", ["board", "bureau", "commission", "committee", "council", "department", "ministry",
                                  "agency", "directorate", "secretariat"])
def test_a_kind_of_administrative_unit_heads_a_bodys_name(word):
    assert word in heads.administrative()


@pytest.mark.parametrize("word", [
    "defense", "agriculture", "fbi", "nasa",  # one body each, not a kind of body
    "court", "party", "union",  # groups of other kinds
    "office", "authority",  # a room and a power first of all
    "tourism", "health",
])
def test_a_body_or_another_kind_of_word_is_none(word):
    assert word not in heads.administrative()
