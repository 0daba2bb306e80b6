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


def test_sniff_plain():
    assert sniff("Just text.\n\nMore text.") == "text"
