import pytest

from tcheck.markup import Block
from tcheck.segment import segment, split_sentences


@pytest.mark.parametrize("lang, text, expected", [
    ("nb", "Møtet fant sted 22. januar 2016. Alle var enige.", ["Møtet fant sted 22. januar 2016.", "Alle var enige."]),
    ("nb", "Han kom kl. 14.30 i går. Så gikk han.", ["Han kom kl. 14.30 i går.", "Så gikk han."]),
    ("nb", "«Vi vet ikke,» sa Peskov. – Dette er fiksjon, sa han.",
     ["«Vi vet ikke,» sa Peskov.", "– Dette er fiksjon, sa han."]),
    ("en", "Mr. Smith arrived on 27 May. Lie, the deputy, did not vote.",
     ["Mr. Smith arrived on 27 May.", "Lie, the deputy, did not vote."]),
    ("en", "U.S. officials agreed. Dr. Jones left.", ["U.S. officials agreed.", "Dr. Jones left."]),
])
def test_split_sentences(lang, text, expected):
    assert split_sentences(text, lang) == expected


def test_dateline_heading_caption_kinds():
    doc = segment([
        Block("Published 14 March 2025 The mayor outside the town hall. Photo: Ola Nordmann / NTB"),
        Block("Questions over lobbying", "heading"),
        Block("It was sold. It was cheap."),
    ], "en")
    assert [(s.kind, s.paragraph) for s in doc.segments] == [
        ("dateline", 0), ("sentence", 0), ("caption", 0), ("heading", 1), ("sentence", 2), ("sentence", 2),
    ]
    assert doc.segments[0].text == "Published 14 March 2025"


def test_a_spanish_dateline_with_its_articles_is_a_dateline():
    """ "Publicado el 9 de octubre de 2024" was a heading where its English twin was a dateline."""
    doc = segment([Block("Publicado el 9 de octubre de 2024")], "es")
    assert [s.kind for s in doc.segments] == ["dateline"]
