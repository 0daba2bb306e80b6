"""The HTML report: self-contained, escaped, and checked in a real headless browser (Debian's chromium)."""
import re
import shutil
import struct
import subprocess
import tempfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from reports import fixture_report, hostile_report, repeated_report

from tcheck.render import FORMATS, html
from tcheck.types import Document, Doubt, Report, Segment

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("chromium")
    assert exe, "chromium is not installed (.ci/setup installs Debian's chromium package)"
    with tempfile.TemporaryDirectory() as profile:  # a fresh profile each run: no state between tests
        return subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def tab():
    """One headless Chromium tab for the module's tests that read computed styles or the accessibility tree."""
    from browser import chromium

    with chromium() as page:
        yield page


@pytest.fixture(scope="module")
def nb_report(embedder):
    return fixture_report("nb-council", embedder)


@pytest.fixture(scope="module")
def nb_page(nb_report, tmp_path_factory) -> Path:
    page = tmp_path_factory.mktemp("html") / "report.html"
    page.write_text(html.render(nb_report), encoding="utf-8")
    return page


def check_row_colours(soup, report) -> None:
    """An empty side is added/dropped, a bead holding an altered finding is altered, a bead with no finding plain."""
    rows = soup.select("tr.bead")
    assert sorted(int(tr["id"].removeprefix("bead-")) for tr in rows) == list(range(len(report.beads)))
    for tr in rows:
        b = report.beads[int(tr["id"].removeprefix("bead-"))]
        classes = set(tr["class"])
        findings = [f for f in report.findings
                    if set(f.original_index) & set(b.original) or set(f.translation_index) & set(b.translation)]
        if not b.original:
            assert "added" in classes, tr
        elif not b.translation:
            assert "dropped" in classes, tr
        elif any(f.type == "altered" for f in findings):
            assert "altered" in classes, tr
        elif not findings:
            assert classes == {"bead", "same"} or classes == {"bead", "same", "para"}, tr


def test_registered():
    assert FORMATS["html"] is html.render


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_self_contained_and_escaped():
    page = html.render(hostile_report())
    parser = _Tags()
    parser.feed(page)
    names = [t for t, _ in parser.tags]
    assert "script" not in names and "img" not in names and "link" not in names and "b" not in names
    assert all(a.get("href", "#").startswith("#") for _, a in parser.tags)  # only in-page anchors
    assert not any("src" in a for _, a in parser.tags)
    style = page.split("<style>")[1].split("</style>")[0]
    assert "url(" not in style and "@import" not in style
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "Fish &amp; &lt;b&gt;chips" in page


def test_rows_follow_the_beads(nb_page, nb_report):
    soup = BeautifulSoup(nb_page.read_text(encoding="utf-8"), "html.parser")
    report_rows = soup.select("tr.bead")
    assert len(report_rows) == len(soup.select("tbody tr"))
    check_row_colours(soup, nb_report)
    assert {a["href"] for a in soup.select(".findings-list a")} <= {f"#{tr['id']}" for tr in report_rows}


def test_a_claim_that_the_original_lacks_stands_where_the_translation_says_it(nb_page, nb_report):
    """Not in a last row: after the row of the translation's sentence before it."""
    soup = BeautifulSoup(nb_page.read_text(encoding="utf-8"), "html.parser")
    shown = [nb_report.beads[int(tr["id"].removeprefix("bead-"))] for tr in soup.select("tr.bead")]
    added = [n for n, b in enumerate(shown) if not b.original]
    assert added
    for n in added:
        j = shown[n].translation[0]
        assert j == 0 or n > 0 and shown[n - 1].translation[-1:] == (j - 1,), (n, j, shown[n - 1])


def test_in_browser(nb_page, nb_report, tmp_path):
    dom = chromium("--dump-dom", nb_page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    soup = BeautifulSoup(dom.stdout, "html.parser")
    counts = [f"{nb_report.count(t)} {t}" for t in ("added", "dropped", "altered")]
    assert soup.select_one("h1.verdict").get_text() == f"{len(nb_report.findings)} findings: {', '.join(counts)}"
    stats = [li.get_text(" ", strip=True) for li in soup.select(".summary .stats li")]
    assert stats[:3] == counts and stats[3].startswith("BLEU ")
    assert any(s.startswith("chrF ") for s in stats) and any(s.startswith("coverage ") for s in stats)
    assert [li["class"][1:] for li in soup.select("li.finding")] == [[f.type, f.severity] for f in nb_report.findings]
    check_row_colours(soup, nb_report)
    # the planted added and dropped claims (fixtures/README.md)
    added = next(tr for tr in soup.select("tr.bead.added") if "Senterpartiet har tidligere" in tr.get_text())
    dropped = next(tr for tr in soup.select("tr.bead.dropped") if "Around 600 people have signed" in tr.get_text())
    assert "(not in the original)" in added.get_text() and "(not in the translation)" in dropped.get_text()
    assert "claim dropped" in dropped.select_one(".reason").get_text()
    altered = soup.select("tr.bead.altered")
    number = next(tr for tr in altered if "number: 340 → 430" in tr.get_text())
    assert [d.get_text() for d in number.select("del")] == ["said", "340", "during"]
    assert [d.get_text() for d in number.select("del.fact")] == ["340"]  # the fact, marked apart from the paraphrase
    assert [i.get_text() for i in number.select("ins.fact")] == ["430"]
    assert "stated that" in [i.get_text() for i in number.select("ins:not(.fact)")]
    assert soup.select_one("tr.bead.altered .reason") is not None

    shot = tmp_path / "report.png"
    r = chromium(f"--screenshot={shot}", "--window-size=1400,2000", nb_page.as_uri())
    assert r.returncode == 0, r.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1400, 2000)
    assert len(data) > 50_000  # a blank page compresses to ~10 kB; the report is several hundred


def test_hostile_text_stays_text_in_browser(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(html.render(hostile_report()), encoding="utf-8")
    dom = chromium("--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    soup = BeautifulSoup(dom.stdout, "html.parser")
    assert soup.find("script") is None and soup.find("img") is None and soup.select("td b") == []
    assert "<script>alert(1)</script>" in soup.select_one("tr.bead.dropped").get_text()
    assert soup.select_one("tr.bead.altered del").get_text() == "*£4*"


def test_a_word_the_mt_left_untranslated_is_shown_as_such_not_with_its_star():
    """Apertium marks a word it does not know ("*Ferrán"): an editor read the star as a typo."""
    report = hostile_report()
    report = replace(report, translation_en=("The mayor *Ferrán said 2*3.",) + report.translation_en[1:],
                     meta={**report.meta, "translator": "apertium:spa-eng"})
    # from any other MT, or in a writer's English, a star is the text's own ("*Hurricane Hunter*")
    for translator in ("mt-file", "identity"):
        other = html.render(replace(report, meta={**report.meta, "translator": translator}))
        assert "*Ferrán" in other and 'class="unknown"' not in other
    page = html.render(report)
    soup = BeautifulSoup(page, "html.parser")
    unknown = soup.select_one("span.unknown")
    assert unknown["title"] == "left untranslated by the machine translation"
    # the title shows only under a mouse pointer: a screen reader gets the same in words
    assert unknown.get_text() == "Ferrán (left untranslated by the machine translation)"
    assert unknown.select_one(".vh").get_text() == " (left untranslated by the machine translation)"
    assert "*Ferrán" not in page and "2*3" in page  # a star inside a word is text


def arabic_report() -> Report:
    """The hostile report with its translation in Arabic, a language written right to left."""
    report = hostile_report()
    arabic = Document((Segment("السمك والبطاطا بخمسة جنيهات عند جو.", 0), Segment("لم يتغير شيء هنا.", 1),
                       Segment("إضافة لم ترد في الأصل.", 2)), "ar")
    return replace(report, translation=arabic, meta={**report.meta, "translation_lang": "ar"})


def test_the_translations_own_words_carry_its_language_and_direction(tab, tmp_path):
    """Arabic read left to right puts its full stop on the wrong side, and Spanish read with the page's
    English voice is noise: the translation's words say their language; its English rendering does not."""
    report = arabic_report()
    soup = BeautifulSoup(html.render(report), "html.parser")
    cells = soup.select("td.trans:not(.empty)")
    assert [c.select_one(".own").get_text() for c in cells] == report.translation.texts
    assert all(c.select_one(".own")["lang"] == "ar" and c.select_one(".own")["dir"] == "auto" for c in cells)
    english = soup.select("td.trans .en, td.trans .reason, td.orig")
    assert english and all(e.find_parent(attrs={"lang": True}).name == "html" for e in english)

    page = tmp_path / "ar.html"
    page.write_text(str(soup), encoding="utf-8")
    tab.open(page.as_uri())
    assert tab.run("[...document.querySelectorAll('td.trans .own')].map(e => getComputedStyle(e).direction)") \
        == ["rtl"] * len(cells)
    assert set(tab.run("[...document.querySelectorAll('td.trans .en')].map(e => getComputedStyle(e).direction)")) \
        == {"ltr"}


@pytest.mark.parametrize("tag, lang", [("nb", "nb"), ("pt-BR", "pt-BR"), ("zh-Hant", "zh-Hant"),
                                       ("", ""), ("?", ""), ('x" onmouseover="alert(1)', "")])
def test_a_translation_whose_language_is_unknown_says_so(tag, lang):
    """A report from JSON that names no language: lang="" (unknown), not the page's English."""
    report = hostile_report()
    report = replace(report, translation=replace(report.translation, lang=tag))
    own = BeautifulSoup(html.render(report), "html.parser").select(".own")
    assert own and {o["lang"] for o in own} == {lang}


def test_an_english_translation_is_marked_english():
    """Where the translation is itself English, its marked words are its own: in the cell, in "en"."""
    soup = BeautifulSoup(html.render(repeated_report()), "html.parser")
    own = soup.select("td.trans .own")
    assert len(own) == 3 and {o["lang"] for o in own} == {"en"} and own[1].select_one("ins").get_text() == "45"


def test_the_table_has_headers_a_caption_and_labels_in_words():
    soup = BeautifulSoup(html.render(hostile_report()), "html.parser")
    table = soup.select_one("table.beads")
    assert table.caption.get_text(strip=True).startswith("The original and the translation side by side")
    assert [th.get("scope") for th in table.select("thead th")] == ["col"] * 3
    assert table.select_one("thead th").get_text() == "#Sentence"  # "#" to the eye, a word to a screen reader
    for tr in table.select("tbody tr"):
        first, *rest = tr.find_all(recursive=False)
        assert first.name == "th" and first["scope"] == "row" and [c.name for c in rest] == ["td", "td"]
    assert [th.get_text() for th in table.select("tbody th")] == ["1", "2", "3", "+added"]
    # the English rendering is labelled in words, not only by CSS's arrow
    for en in table.select(".en"):
        assert en.contents[0].name == "span" and en.contents[0]["class"] == ["vh"]
        assert en.contents[0].get_text() == "In English: "


def accessible_cells(tab) -> list[str]:
    """What a screen reader reads in each cell: Chromium's accessibility tree, CSS-generated text included."""
    nodes = tab.call("Accessibility.getFullAXTree")["nodes"]
    return [n["name"]["value"] for n in nodes if n.get("role", {}).get("value") == "cell"]


def test_changed_words_are_marked_by_more_than_colour(tab, nb_page):
    """Underlined and struck as a browser's own <ins> and <del> are; "added:" and "removed:" to a screen
    reader, unseen; and in print, with the colours kept and the lines there where a printer drops them."""
    tab.open(nb_page.as_uri())
    lines = "[...document.querySelectorAll('%s')].map(e => getComputedStyle(e).textDecorationLine)"
    assert set(tab.run(lines % "ins")) == {"underline"} and set(tab.run(lines % "del")) == {"line-through"}
    cells = accessible_cells(tab)
    assert any("removed: 340 (end removed)" in c for c in cells)
    assert any("In English: " in c and "added: 430 (end added)" in c for c in cells)
    assert not any("→ In English" in c for c in cells)  # the arrow is for the eye only
    hidden = "(() => { const s = getComputedStyle(document.querySelector('ins'), '%s'); " \
             "return [s.position, s.width, s.height, s.overflow]; })()"
    for pseudo in ("::before", "::after"):
        assert tab.run(hidden % pseudo) == ["absolute", "1px", "1px", "hidden"]
    assert "(end added)" not in tab.run("document.body.innerText")  # nor in what an editor copies
    tab.call("Emulation.setEmulatedMedia", media="print")
    try:
        adjust = "getComputedStyle(document.querySelector('%s')).getPropertyValue('print-color-adjust')"
        assert [tab.run(adjust % sel) for sel in ("tr.altered td", "ins.fact", "del")] == ["exact"] * 3
        assert set(tab.run(lines % "ins")) == {"underline"}
    finally:
        tab.call("Emulation.setEmulatedMedia", media="")


def contrast(fg: str, bg: str) -> float:
    """WCAG 2's contrast ratio of two CSS rgb()/rgba() colours."""
    def luminance(colour: str) -> float:
        r, g, b = (int(c) / 255 for c in re.findall(r"[\d.]+", colour)[:3])
        return sum(w * (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
                   for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b)))
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_ratio_is_wcags():
    assert contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21)
    assert contrast("rgb(140, 149, 159)", "rgb(255, 255, 255)") == pytest.approx(3.04, abs=0.01)  # #8c959f


# Each element's own text and its shown ::before/::after, with its colour and the first background
# behind it that is not transparent; placeholders too.
_COLOURS = r"""(() => {
  const clear = c => c === 'transparent' || /rgba\(.*, 0\)$/.test(c);
  const behind = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
    if (!clear(c)) return c; } return 'rgb(255, 255, 255)'; };
  const name = el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/ /g, '.') : '');
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.getClientRects().length || el.closest('.vh')) continue;
    const s = getComputedStyle(el);
    if ([...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
      out.push([name(el), s.color, behind(el)]);
    for (const p of ['::before', '::after']) {
      const ps = getComputedStyle(el, p);
      if (!['none', 'normal'].includes(ps.content) && ps.position !== 'absolute')
        out.push([name(el) + p, ps.color, behind(el)]);
    }
    if (el.placeholder) out.push([name(el) + '::placeholder', getComputedStyle(el, '::placeholder').color, behind(el)]);
  }
  return out;
})()"""


def test_every_text_reaches_wcag_aa_contrast(tab, nb_page, tmp_path):
    """4.5:1 for each text colour on each background that it sits on, as Chromium computes them from the
    CSS, at a desktop's width and a phone's: the reports, and the service's form and error pages."""
    from tcheck import web

    report = hostile_report()
    report = replace(report, original=Document(report.original.segments[:1] + (
        replace(report.original.segments[1], kind="dateline"),) + report.original.segments[2:], "en"),
        translation_en=("Fish cost *£5* at *Joe said",) + report.translation_en[1:], ignored=2,
        unreliable=Doubt("chrf", 3.0, 10.0),
        meta={**report.meta, "sensitivity": "low", "translator": "apertium:spa-eng"})
    pages = {"nb": nb_page}
    for name, text in {"hostile": html.render(report, back="../"), "form": web.form_page("0", True),
                       "error": web.error_page(422, "no translation", "0")}.items():
        pages[name] = tmp_path / f"{name}.html"
        pages[name].write_text(text, encoding="utf-8")
    low = []
    try:
        for width in (1200, 360):
            tab.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=False)
            for name, page in pages.items():
                tab.open(page.as_uri())
                if name == "form":
                    tab.run("document.querySelector('details').open = true")
                seen = tab.run(_COLOURS)
                assert len(seen) >= 4, (name, seen)  # the error page holds 4; a page that did not load, 0
                low += [(name, width, *c, round(contrast(c[1], c[2]), 2)) for c in seen if contrast(c[1], c[2]) < 4.5]
    finally:
        tab.call("Emulation.clearDeviceMetricsOverride")
    assert not low, "\n".join(map(str, sorted(set(low))))


def test_a_finding_id_stays_on_one_line_on_a_phone(tab, nb_page):
    """Editors copy an id for `tcheck ignore add`: on a narrow screen it must not break at its hyphen."""
    tab.call("Emulation.setDeviceMetricsOverride", width=320, height=900, deviceScaleFactor=1, mobile=False)
    try:
        tab.open(nb_page.as_uri())
        ids = tab.run("[...document.querySelectorAll('code.id')].map(e => "
                      "[getComputedStyle(e).whiteSpace, e.getClientRects().length])")
    finally:
        tab.call("Emulation.clearDeviceMetricsOverride")
    assert ids and set(map(tuple, ids)) == {("nowrap", 1)}


def test_what_the_report_left_out_is_counted():
    """Findings an ignore rule silenced, and those below --min-severity: a report that lists none
    must not read as the whole story."""
    from tcheck.severity import filtered

    report = filtered(replace(hostile_report(), ignored=2), "critical")
    said = [p.get_text() for p in BeautifulSoup(html.render(report), "html.parser").select("p.ignored")]
    assert said == ["2 findings silenced by ignore rules.", "2 findings less severe than critical not shown."]
