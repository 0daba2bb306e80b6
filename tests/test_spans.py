import re

from tcheck import spans
from tcheck.unknown import unmark
from tcheck.facts.digits import normalise


def _at(text, where):
    return [text[s:e] for s, e in where]


def test_a_span_of_a_rewriting_is_carried_back_to_the_words_it_came_from():
    text = "He was forty two when he sold *Ferrán 3 cars."
    digits, plain = normalise(text), unmark(text)
    assert digits.startswith("He was 42 when")
    found = tuple(m.span() for m in re.finditer(r"\d+", digits))
    assert _at(text, spans.back(found, digits, text)) == ["forty two", "3"]
    name = plain.index("Ferrán")
    assert _at(text, spans.back(((name, name + 6), (0, 2)), plain, text)) == ["Ferrán", "He"]


def test_an_unchanged_text_keeps_its_spans():
    assert spans.back(((3, 5),), "same text", "same text") == ((3, 5),)
    assert spans.back((), "a", "b") == ()


def test_a_piece_cut_from_a_text_stands_where_it_was_cut():
    text = "The bus hit a lorry, and two people were injured."
    assert _at(text, spans.of("two people were injured", text)) == ["two people were injured"]
    assert spans.of("nobody", text) == () and spans.of("", text) == ()


def test_a_run_of_words_is_one_span():
    words = list(re.finditer(r"\w+", "did not approve it"))[:3]
    assert spans.run(words) == ((0, 15),) and spans.run([]) == ()


def test_words_rewritten_as_other_words_map_to_the_run_they_replace():
    text = "Forty-two ships, twenty one cars and 3 vans left on the seventh day."
    digits = normalise(text)
    found = tuple(m.span() for m in re.finditer(r"\d+(?:th)?", digits))
    assert _at(text, spans.back(found, digits, text)) == ["Forty-two", "twenty one", "3", "seventh"]
    # within a word rewritten as one word, letter by letter: the "7" of "7th" is the "seven" of "seventh"
    seven = digits.index("7th")
    assert _at(text, spans.back(((seven, seven + 1),), digits, text)) == ["seven"]
    # a span that starts or ends on whitespace keeps to the words it holds
    cars = digits.index(" 21 cars")
    assert _at(text, spans.back(((cars, cars + len(" 21 cars ")),), digits, text)) == ["twenty one cars"]


def test_a_blanked_text_keeps_its_length_and_every_other_word_where_it_stood():
    text = "Sales rose on 3 May by 5%."
    blanked = spans.blank(text, [(14, 19), (24, 25)])
    assert blanked == "Sales rose on       by 5 ." and len(blanked) == len(text)
