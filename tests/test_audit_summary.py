"""summary.html: totals, findings by type and severity, plots, worst pairs first, errors; checked in chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

from audit_support import read_results
from tcheck.audit import plots, summary


def row(id, status="ok", chrf=70.0, critical=0, major=0, minor=0, added=0, dropped=0, altered=0, error=None,
        report=None):
    return {"id": id, "status": status, "chrf": chrf if status == "ok" else None, "critical": critical, "major": major,
            "minor": minor, "added": added, "dropped": dropped, "altered": altered, "error": error,
            "error_kind": "input" if error else None, "report_html": report, "report_json": None}


def test_worst_pairs_first_and_everything_escaped():
    rows = [row("mild", minor=3, altered=3, chrf=90.0),
            row("<b>bad</b>", critical=2, added=2, chrf=40.0, report="reports/x.html"),
            row("clean"), row("broken", "error", error="x.txt: <no> such file"),
            row("worse-chrf", minor=3, altered=3, chrf=50.0)]
    html = summary.render(rows, [], total=6)
    order = [m for m in re.findall(r"<tr class='pair' data-id='([^']*)'", html)]
    assert order == ["&lt;b&gt;bad&lt;/b&gt;", "worse-chrf", "mild"]
    assert "<b>bad</b>" not in html and "x.txt: &lt;no&gt; such file" in html
    assert "href='reports/x.html'" in html
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    tags = _Tags()
    tags.feed(html)
    assert tags.open == [], "unclosed tags"


def test_bins_and_bar_chart():
    assert plots.bins([0, 9.9, 10, 55, 100], [0, 10, 50, 100]) == [2, 1, 2]
    svg = plots.bar_chart(["a", "b"], [3, 0], "T", "x")
    assert svg.count("<rect class=\"bar\"") == 2 and 'data-count="3"' in svg


def chromium_dom(page) -> str:
    exe = shutil.which("chromium")
    assert exe, "chromium is not installed (.ci/setup installs Debian's chromium package)"
    r = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={page.parent / 'chromium-profile'}", "--dump-dom", page.as_uri()],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def test_summary_of_a_real_audit_in_a_browser(audited_archive, tmp_path):
    page = tmp_path / "summary.html"
    shutil.copy(audited_archive.out / "summary.html", page)  # a copy: the browser's profile goes beside it
    dom = chromium_dom(page)
    results = read_results(audited_archive.out)
    ok = [r for r in results if r["status"] == "ok"]
    errors = [r for r in results if r["status"] == "error"]

    def tile(name):
        return int(re.search(rf'data-total="{name}"><b>(\d+)</b>', dom).group(1))

    assert tile("pairs") == len(results) and tile("checked") == len(ok) and tile("errors") == len(errors)
    assert tile("findings") == sum(sum(r["counts"].values()) for r in ok)
    for t in ("added", "dropped", "altered"):
        cell = re.search(rf'<tr data-type="{t}">.*?data-severity="all">(\d+)<', dom).group(1)
        assert int(cell) == sum(r["counts"][t] for r in ok)
    # Both plots are there as SVG, with one bar per pair in all.
    for chart in ("chrf-chart", "findings-chart"):
        svg = re.search(rf'<svg[^>]*id="{chart}".*?</svg>', dom, re.S).group(0)
        assert sum(int(n) for n in re.findall(r'data-count="(\d+)"', svg)) == len(ok)
    # Worst pairs link to their reports; error rows show their reasons.
    links = re.findall(r'<tr class="pair" data-id="([^"]+)">.*?<a href="([^"]+)"', dom)
    assert links and all(href.startswith("reports/") for _, href in links)
    def rank(r):
        return summary.severity_rank({**r["severity"], "chrf": r["chrf"]})

    first = next(r for r in ok if r["id"] == links[0][0])
    assert rank(first) == min(rank(r) for r in ok if sum(r["counts"].values()))
    for r in errors:
        assert f'<tr class="error" data-id="{r["id"]}">' in dom and r["error"].split(":")[-1].strip() in dom
    assert not re.search(r'(src|href)="(https?:)?//', dom)  # nothing fetched from a network


class _Tags(HTMLParser):
    VOID = {"meta", "br", "line", "rect", "img", "input", "link"}

    def __init__(self):
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.open and self.open[-1] == tag, (self.open[-3:], tag)
        self.open.pop()
