"""What reaches segmentation is what a reader sees: no escape sequences, control or invisible characters."""

from tcheck import markup


def test_invisible_marks_make_no_sentence_and_split_no_number():
    blocks = markup.blocks("Prices rose 4.\u200f2 percent.\u200b\n\n\u200f\n\nThe mayor\u00ad resigned.\u2060")
    assert [b.text for b in blocks] == ["Prices rose 4.2 percent.", "The mayor resigned."]


def test_line_and_paragraph_separators_are_newlines():
    assert markup.visible("one\u2028two\u2029three") == "one\ntwo\n\nthree"


def test_terminal_escape_sequences_are_removed():
    hostile = ("Prices \x1b[2J\x1b[8mrose\x1b[0m 4 \x1b]8;;http://evil.example/\x1b\\percent\x1b]8;;\x1b\\ "
               "today.\x07\x9b31m")
    assert markup.visible(hostile) == "Prices rose 4 percent today."


def test_ordinary_text_is_untouched():
    text = "«Blåbær», sa hun – 4,2 prosent.\n\nNeste avsnitt.\tMed tab."
    assert markup.visible(text) == text


def test_joiners_inside_a_latin_word_go_and_stay_where_a_script_needs_them():
    assert markup.visible("the Sup\u200dreme Court, Pub\u200clished 3\u200d4") == "the Supreme Court, Published 34"
    persian, family = "می\u200cخواهم", "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert markup.visible(persian) == persian and markup.visible(family) == family


def test_markup_nested_past_any_articles_depth_is_refused_at_once():
    import time

    import pytest

    from tcheck.errors import InputError

    deep = "<html><body>" + "<div>" * 100_000 + "<p>The board met on Monday.</p>" + "</div>" * 100_000
    t0 = time.perf_counter()
    with pytest.raises(InputError, match="nests its elements 100,00. deep, past the 1,000"):
        markup.blocks(deep + "</body></html>", "html")
    assert time.perf_counter() - t0 < 30  # minutes before the limit (the tree's walks are quadratic in depth)
    nested = "<div>" * 900 + "<p>The board met on Monday.</p>" + "</div>" * 900
    assert [b.text for b in markup.blocks(nested, "html")] == ["The board met on Monday."]


def test_a_selector_meets_the_depth_limit_before_it_selects():
    """"div" in 3,000 nested divs selected 3,000 elements, each holding the rest: 89 s and 2.9 GB."""
    import time

    import pytest

    from tcheck.errors import InputError

    deep = "<html><body>" + "<div>" * 3_000 + "<p>The board met on Monday.</p>" + "</div>" * 3_000 + "</body></html>"
    t0 = time.perf_counter()
    with pytest.raises(InputError, match="nests its elements 3,00. deep"):
        markup.blocks(deep, "html", selector="div")
    assert time.perf_counter() - t0 < 30


def test_a_page_too_deep_for_the_extractor_is_read_whole_not_cut_to_its_menu():
    """trafilatura's parser drops what a page nests past about 255 elements: the article went, the
    menu stayed, and the check reported the article's claims dropped."""
    page = ("<html><body><nav><a href='/'>Menu</a></nav>" + "<div>" * 300
            + "<article><p>The board met on Monday and approved the plan.</p></article>" + "</div>" * 300
            + "<footer>Contact us</footer></body></html>")
    texts = [b.text for b in markup.blocks(page, "html")]
    assert "The board met on Monday and approved the plan." in texts
