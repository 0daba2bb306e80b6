"""A saved news page around an article: what an editor gets from "Save page as" in a browser.

The frame is the kind of markup newsroom sites wrap an article in, written here: a menu, a cookie
banner, a share bar, a "most read" aside, a newsletter box and a footer. Each is text that no
translation of the article holds.
"""
from html import escape

FRAME_TEXTS = (
    "We use cookies to give you the best experience on our website and to show you relevant advertising.",
    "Storm closes the coast road for a week as engineers inspect the sea wall",
    "Council approves new school budget after a long and heated debate",
    "Sign up for our morning newsletter and get the day's top stories in your inbox every weekday.",
    "The Port Alden Herald is published by Herald Media Group, which is owned by its readers' trust.",
)


def page(paragraphs: list[str], headings: frozenset[int] = frozenset()) -> str:
    """The paragraphs as an article (those at `headings` as subheadings) inside a full page."""
    body = "\n".join(f"<h2>{escape(p)}</h2>" if i in headings else f"<p>{escape(p)}</p>"
                     for i, p in enumerate(paragraphs))
    cookie, story1, story2, newsletter, owner = (escape(t) for t in FRAME_TEXTS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Stolen painting found | Port Alden Herald</title>
<script>window.dataLayer = [];</script><link rel="stylesheet" href="/static/site.css"></head>
<body>
<div id="cookie-consent" class="banner"><p>{cookie}</p><button>Accept all</button> <button>Settings</button></div>
<header class="site-header"><a href="/" class="logo">Port Alden Herald</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/culture">Culture</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main>
<article>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
{body}
</article>
<section class="newsletter"><h3>Morning briefing</h3><p>{newsletter}</p>
<form><input type="email"><button>Sign up</button></form></section>
</main>
<aside class="most-read"><h3>Most read</h3>
<ol><li><a href="/a">{story1}</a></li><li><a href="/b">{story2}</a></li></ol></aside>
<footer><p>{owner}</p><p>© 2024 Port Alden Herald. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
</body></html>
"""


def saved_page(article: str) -> str:
    """A plain-text article (tcheck's fixtures' format) as a saved page: its opening date line
    becomes the page's own furniture, its headings the article's subheadings."""
    from tcheck.markup import blocks

    found = blocks(article)[1:]
    return page([b.text for b in found], frozenset(i for i, b in enumerate(found) if b.kind == "heading"))
