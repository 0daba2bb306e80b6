import pytest
from conftest import FIXTURES
from news_page import FRAME_TEXTS
from news_page import saved_page

from tcheck.errors import InputError
from tcheck.markup import blocks, sniff


def test_plain_text_paragraphs_headings_captions():
    text = "Published 1 May 2025\n\nA heading here\n\nFirst sentence. Second\nline of it.\n\nPhoto: Ola Nordmann / NTB"
    got = [(b.kind, b.text) for b in blocks(text)]
    assert got == [
        ("heading", "Published 1 May 2025"),
        ("heading", "A heading here"),
        ("paragraph", "First sentence. Second line of it."),
        ("caption", "Photo: Ola Nordmann / NTB"),
    ]


def test_html_strips_markup_and_keeps_structure():
    html = """<html><head><title>x</title><script>var a=1;</script></head><body>
    <h1>Council sells harbour</h1><p>The council <b>voted</b> on Tuesday.</p>
    <figure><img src="a.jpg"><figcaption>The harbour at dawn</figcaption></figure>
    <div><p>Second paragraph.</p></div></body></html>"""
    assert sniff(html) == "html"
    got = [(b.kind, b.text) for b in blocks(html, "html")]
    assert got == [
        ("heading", "Council sells harbour"),
        ("paragraph", "The council voted on Tuesday."),
        ("caption", "The harbour at dawn"),
        ("paragraph", "Second paragraph."),
    ]


def test_markdown():
    md = "# Title\n\nSome **bold** text with a [link](http://x).\n\n- item one.\n- item two.\n"
    assert sniff(md, "a.md") == "markdown"
    got = [(b.kind, b.text) for b in blocks(md, "markdown")]
    assert got[0] == ("heading", "Title")
    assert ("paragraph", "Some bold text with a link .") in got or ("paragraph", "Some bold text with a link.") in got
    assert ("paragraph", "item one.") in got


def test_inline_markup_keeps_the_texts_own_spaces():
    """A link or code before a full stop is no word apart ("said Anne Lie ." showed in every report);
    a box set on its own line inside a block is."""
    md = "The deal, said mayor [Anne Lie](https://x.example). It closes in `2026`. **Bold** move, *now*."
    assert [b.text for b in blocks(md, "markdown")] == [
        "The deal, said mayor Anne Lie. It closes in 2026. Bold move, now."]
    html = "<ul><li><div>Title</div><div>Text here</div></li></ul><p>Hei <b>Oslo</b>, <i>ja</i>!</p>"
    assert [b.text for b in blocks(html, "html", "ul, p")] == ["Title Text here", "Hei Oslo, ja!"]


def test_sniff_plain():
    assert sniff("Just text.\n\nMore text.") == "text"


def test_a_saved_news_page_gives_its_article_alone():
    """Menus, the cookie banner, "most read", the newsletter box and the footer are no claims."""
    article = (FIXTURES / "en-rewrite" / "original.en.txt").read_text(encoding="utf-8")
    saved = saved_page(article)
    got = blocks(saved, sniff(saved, "story.html"))
    assert got == blocks(article)[1:]  # the date line is the page's own furniture
    assert not any(frame[:30] in b.text for b in got for frame in FRAME_TEXTS)


def test_markup_that_is_no_whole_page_is_read_whole():
    """A fragment (no landmarks around it) keeps every block: short ones too, which a page extractor may drop."""
    html = "<body><p>Yes.</p><p>The council voted on Tuesday.</p><p>No.</p></body>"
    assert [b.text for b in blocks(html, "html")] == ["Yes.", "The council voted on Tuesday.", "No."]


def test_a_css_selector_picks_the_article():
    article = (FIXTURES / "en-rewrite" / "original.en.txt").read_text(encoding="utf-8")
    saved = saved_page(article)
    assert blocks(saved, "html", "main > article") == blocks(article)[1:]
    got = blocks(saved, "html", "aside.most-read li")  # the user's choice, however odd
    assert [b.text for b in got] == [t for t in FRAME_TEXTS[1:3]]


@pytest.mark.parametrize("selector, needle", [("article..body", "not a CSS selector"),
                                              ("div.story-body", "matches nothing")])
def test_a_css_selector_that_cannot_work_is_an_input_error(selector, needle):
    with pytest.raises(InputError, match=needle):
        blocks(saved_page("Published today\n\nA sentence here."), "html", selector)


def test_what_the_page_hides_from_every_reader_is_no_claim():
    html = ('<article><p>The board met.</p><p hidden>The board paid 700 dollars.</p><div style="color:red; '
            'display: none"><p>It paid <b hidden>600</b> dollars.</p></div><p style="visibility:hidden">Gone.</p>'
            '<p style="display:block" aria-hidden="true">Shown.</p></article>')
    assert [b.text for b in blocks(html, "html")] == ["The board met.", "Shown."]
