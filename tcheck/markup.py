"""Plain text, Markdown and simple HTML -> blocks (paragraphs, headings, captions). Pure."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .errors import InputError

BlockKind = Literal["paragraph", "heading", "caption"]
Format = Literal["text", "markdown", "html"]


@dataclass(frozen=True)
class Block:
    text: str
    kind: BlockKind = "paragraph"


_HTML_HINT = re.compile(r"<(html|body|p|div|h[1-6]|article|br)\b", re.I)
_MD_HINT = re.compile(r"^(#{1,6} |[*-] |\d+\. |> )|\*\*|\]\(", re.M)
_CAPTION = re.compile(r"^\s*(photo|foto|bilde|illustrasjon|illustration|image|picture|fotografía|foto:)\s*[:/]", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?:;…»\"”’)]\s*$")


def sniff(text: str, filename: str = "") -> Format:
    name = filename.lower()
    if name.endswith((".html", ".htm")):
        return "html"
    if name.endswith((".md", ".markdown")):
        return "markdown"
    if _HTML_HINT.search(text[:4000]):
        return "html"
    if len(_MD_HINT.findall(text[:4000])) >= 2:
        return "markdown"
    return "text"


# Formatting characters that no reader sees: zero-width space, word joiner, byte-order mark, soft
# hyphen, and the bidirectional marks, embeddings and isolates. Left in, one at a paragraph's
# end is a sentence of its own ("claim added") and one inside "4.2" splits the number.
_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u2060\u202a-\u202e\u2066-\u2069\ufeff]")
# The zero-width joiner and non-joiner inside a word of Latin letters or digits ("Sup\u200dreme"): a
# critical finding that no one could see. Persian, the Indic scripts and emoji need them, so they stay there.
_JOINERS = re.compile("(?<=[0-9A-Za-z\u00c0-\u024f])[\u200c\u200d]+(?=[0-9A-Za-z\u00c0-\u024f])")


# Terminal escape sequences (CSI, OSC with its string, any other ESC pair) and the control characters
# left over: in a report they would clear an editor's screen, hide text or plant a hyperlink.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """The text a reader sees: escape sequences, control characters and invisible formatting removed,
    line and paragraph separators as newlines."""
    text = _CONTROLS.sub("", _ESCAPES.sub("", text))
    return _JOINERS.sub("", _INVISIBLE.sub("", text)).replace("\u2028", "\n").replace("\u2029", "\n\n")


def blocks(text: str, fmt: Format = "text", selector: str | None = None) -> list[Block]:
    """`selector`: CSS for the article in HTML input (a site's own, where the extractor errs)."""
    text = visible(text)
    if fmt == "markdown":
        from markdown_it import MarkdownIt

        return _html_blocks(MarkdownIt().render(text))
    if fmt == "html":
        return _html_blocks(_selected(text, selector) if selector else _main_content(text))
    return _text_blocks(text)


def check_selector(selector: str | None) -> None:
    """A CSS selector that soupsieve can read (or none given), else an InputError saying why not."""
    if selector is None:
        return
    import soupsieve

    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError as e:
        raise InputError(f"--html-selector {selector!r}: not a CSS selector ({str(e).splitlines()[0]})") from None


def _selected(html: str, selector: str) -> str:
    check_selector(selector)
    found = _parsed(html)[0].select(selector)  # depth first: "div" in 3,000 nested divs took 89 s and 2.9 GB
    if not found:
        raise InputError(f"--html-selector {selector!r} matches nothing in the HTML")
    return "".join(str(el) for el in found)


# A whole web page, not an article's markup: it has a body and the landmarks that frame an article.
_PAGE = re.compile(r"<body\b.*<(?:nav|header|footer|aside)\b", re.I | re.S)


def _main_content(html: str) -> str:
    """A saved news page's article, without its menus, cookie banner, "most read" and footer, which
    would each be a claim that the other text dropped. trafilatura finds the article; it leaves out
    photo captions and the byline too. Where it finds nothing, the page is read whole."""
    if not _PAGE.search(html):
        return html
    if _parsed(html)[1] > EXTRACTED_DEPTH:
        return html
    import trafilatura

    found = trafilatura.extract(html, output_format="html", include_formatting=True, include_tables=True,
                                include_comments=False, favor_recall=True, deduplicate=False)
    return found or html


def _text_blocks(text: str) -> list[Block]:
    out = []
    for para in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        if lines:
            out.append(_classify(" ".join(lines)))
    return out


def _classify(text: str) -> Block:
    if _CAPTION.match(text):
        return Block(text, "caption")
    if len(text.split()) <= 12 and not _ENDS_SENTENCE.search(text) and not text.startswith(("–", "-", "«", '"')):
        return Block(text, "heading")
    return Block(text, "paragraph")


_HIDDEN = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
_BLOCK_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre", "td", "dt", "dd"]
_BOXES = ["div", "section", "article", "header", "footer", "aside", "ul", "ol", "dl", "table", "tr", "th", "figure"]


# Elements inside elements, at most: no article nests a tenth as deep, and past some thousands the
# tree's walks grow with the square of the depth (100,000 nested divs held a check for minutes).
MAX_DEPTH = 1000


# trafilatura's parser (lxml) drops what a page nests deeper than about 255 elements: past this, a page
# is read whole, as where trafilatura finds no article, not cut down to its menu.
EXTRACTED_DEPTH = 250


def _parsed(html: str):
    """The parsed markup and how deep it nests; an InputError where that is past MAX_DEPTH."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    if (deepest := _depth(soup)) > MAX_DEPTH:
        raise InputError(f"the markup nests its elements {deepest:,} deep, past the {MAX_DEPTH:,} that tcheck "
                         f"reads: no article does (give the article's text)")
    return soup, deepest


def _html_blocks(html: str) -> list[Block]:
    soup, _ = _parsed(html)
    for tag in soup(["script", "style", "noscript", "template", "head", "nav", "svg"]):
        tag.decompose()
    # What the page hides from every reader says nothing to one: a claim there is no claim added.
    for tag in soup.find_all(lambda t: t.has_attr("hidden") or _HIDDEN.search(t.get("style") or "")):
        if not tag.decomposed:  # inside one hidden already
            tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    # Inline markup keeps the text's own spaces ("said [Anne Lie](x)." is "said Anne Lie."); a box that
    # a page sets on its own line inside a block ("<li><div>Title</div><div>Text</div></li>") is a word apart.
    for box in soup.find_all(_BOXES):
        box.append(" ")
    out = []
    for el in soup.find_all(_BLOCK_TAGS):
        if el.find(_BLOCK_TAGS):  # an outer block holding inner ones: take the inner ones
            continue
        text = " ".join(el.get_text("").split())
        if not text:
            continue
        if el.name.startswith("h"):
            out.append(Block(text, "heading"))
        elif el.name == "figcaption" or _CAPTION.match(text):
            out.append(Block(text, "caption"))
        else:
            out.append(Block(text, "paragraph"))
    if not out:  # HTML without block tags: fall back to its text
        return _text_blocks(soup.get_text("\n"))
    return out


def _depth(soup) -> int:
    """How deep the parsed tree nests its elements, walked without recursion."""
    deepest, todo = 0, [(soup, 0)]
    while todo:
        node, depth = todo.pop()
        deepest = max(deepest, depth)
        todo.extend((child, depth + 1) for child in getattr(node, "contents", ()) if hasattr(child, "contents"))
    return deepest
