"""One self-contained HTML page for editors: summary on top, then original and translation side by side.

The page works offline and in a mail attachment: inline CSS, no scripts, no fonts or images to fetch.
Rows follow the report's beads, so a moved paragraph sits beside its counterpart; a bead with an empty
side is an added or dropped claim, and an added one stands where the translation says it. Every piece
of text from the report passes through html.escape.
"""
from __future__ import annotations

import re
from html import escape

from .. import order as reading
from ..types import Bead, Finding, Report
from ..unknown import MARKED_WORD, marked_by
from . import words
from .diff import Run, fact_spans, with_facts, word_diff

_TYPES = ("added", "dropped", "altered")

# Every text colour reaches 4.5:1 on each background it sits on (WCAG AA; a test measures it in Chromium).
# <ins> and <del> are underlined and struck, and say "added:"/"removed:" to a screen reader in
# generated text that is clipped from sight (no script, and no extra words in what an editor copies);
# a printout keeps the row colours, and where a printer drops them, the lines still mark the words.
_CSS = """
p.again{margin:0 0 10px;font-size:14px}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1f2328;background:#fff}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:28px 0 8px}
.summary{border:1px solid #d0d7de;border-left:6px solid #1a7f37;border-radius:6px;padding:14px 18px}
.summary.findings{border-left-color:#cf222e}
.meta{color:#57606a;margin:0 0 10px}
.unreliable{color:#cf222e;font-weight:600;margin:0 0 10px}
.where{color:#57606a;font-size:.9em}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0;list-style:none}
.stats li{border-radius:14px;padding:2px 12px;background:#f6f8fa;border:1px solid #d0d7de}
.stats .n{font-weight:700}
.stats li.added,.badge.added{background:#dafbe1;border-color:#1a7f37}
.stats li.dropped,.badge.dropped{background:#ffebe9;border-color:#cf222e}
.stats li.altered,.badge.altered{background:#fff8c5;border-color:#bf8700}
.legend{color:#57606a;font-size:13px;margin-top:10px}
.findings-list{margin:0;padding-left:24px}
.findings-list li{margin:4px 0}
.findings-list a{color:inherit}
.badge{display:inline-block;border:1px solid #d0d7de;border-radius:4px;padding:0 6px;font-size:12px;font-weight:700;
text-transform:uppercase;letter-spacing:.03em;margin-right:6px}
.sev{font-size:12px;color:#57606a;margin-right:6px}
.sev.critical{color:#cf222e;font-weight:700}
table.beads{width:100%;border-collapse:collapse;table-layout:fixed}
.beads thead th{text-align:left;font-size:13px;color:#57606a;border-bottom:2px solid #d0d7de;padding:6px 10px}
.beads td,.beads th.idx{vertical-align:top;padding:6px 10px;border-bottom:1px solid #eaeef2}
.beads col.idx{width:56px}
.beads th.idx{text-align:left;font-weight:400;color:#57606a;font-size:12px;white-space:nowrap}
.beads tr.para td,.beads tr.para th{border-top:1px solid #d0d7de}
tr.added td,tr.added th{background:#dafbe1}
tr.dropped td,tr.dropped th{background:#ffebe9}
tr.altered td,tr.altered th{background:#fff8c5}
tr.added th.idx,tr.dropped th.idx,tr.altered th.idx{font-weight:700;color:#1f2328}
td.empty{color:#57606a;font-style:italic}
.kind-heading{font-weight:700}
.kind-dateline,.kind-caption{color:#57606a;font-style:italic}
.en{color:#57606a;font-size:14px;margin-top:4px}
.en::before{content:"→ ";content:"→ "/""}
.unknown{text-decoration:underline dotted #8c959f;font-style:italic}
.reason{margin-top:6px;font-weight:600;font-size:13px}
code.id{white-space:nowrap}
del{background:#ffebe9;text-decoration:line-through;text-decoration-color:#cf222e80}
ins{background:#dafbe1;text-decoration:underline}
del.fact{background:#ff8182;text-decoration-color:#82071e;font-weight:700;color:#1f2328}
ins.fact{background:#4ac26b;font-weight:700;color:#1f2328}
del::before{content:"removed: "}del::after{content:" (end removed)"}
ins::before{content:"added: "}ins::after{content:" (end added)"}
.vh,del::before,del::after,ins::before,ins::after{position:absolute;width:1px;height:1px;margin:-1px;padding:0;
border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
@media (max-width:640px){table.beads,.beads tbody,.beads tr,.beads td,.beads th.idx{display:block;width:auto}
.beads thead,.beads colgroup{display:none}.beads tr{border-bottom:2px solid #d0d7de}
.beads td,.beads th.idx{border:0;padding:2px 8px}.beads th.idx{padding-top:8px}
td.orig::before,td.trans::before{display:block;font-size:12px;color:#57606a;font-style:normal;font-weight:400}
td.orig::before{content:"Original"}td.trans::before{content:"Translation"}}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
p.again{display:none}.beads tr{break-inside:avoid}
del,ins{text-decoration-color:currentcolor}}
"""


def render(report: Report, back: str | None = None) -> str:
    """`back`: a link to the page that asked, for a report shown in a browser ("Check another")."""
    bead_of = {k: i for k, i in enumerate(reading.bead_of(report.findings, report.beads)) if i is not None}
    placed: dict[int, list[int]] = {}  # bead -> the findings shown in its row
    for k, i in bead_of.items():
        placed.setdefault(i, []).append(k)
    order = reading.beads(report.beads)
    rows = "\n".join(_row(i, report.beads[i], report, [report.findings[k] for k in placed.get(i, [])],
                           report.beads[order[n - 1]] if n else None)
                     for n, i in enumerate(order))
    o_lang, t_lang = report.meta.get("original_lang", "en"), report.meta.get("translation_lang", "?")
    again = f'<p class="again"><a href="{escape(back)}">Check another</a></p>\n' if back else ""
    return page(f"tcheck: {_verdict(report)}", _CSS, f"""{again}{_summary(report)}
{_findings_list(report, bead_of)}
<h2>Side by side</h2>
<table class="beads">
<caption class="vh">The original and the translation side by side: a row for each sentence of the original,
numbered, or of the translation alone (+)</caption>
<colgroup><col class="idx"><col><col></colgroup>
<thead><tr><th scope="col"><span aria-hidden="true">#</span><span class="vh">Sentence</span></th>
<th scope="col">Original ({escape(o_lang)})</th><th scope="col">Translation ({escape(t_lang)})</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>""")


def page(title: str, css: str, body: str, generator: str = "tcheck") -> str:
    """A whole page that fetches nothing: inline CSS, no script. `body` is HTML; the title is text."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{escape(generator)}">
<title>{escape(title)}</title>
<style>{css}</style>
</head>
<body>
{body}
</body>
</html>
"""


def _verdict(report: Report) -> str:
    if not report.findings:
        return "no added, dropped or altered claims found"
    n = len(report.findings)
    return f"{words.counted(n, 'finding')}: " + ", ".join(f"{report.count(t)} {t}" for t in _TYPES)


def _unreliable(report: Report) -> str:
    return f'\n<p class="unreliable">{escape(words.unreliable(report.unreliable))}</p>' if report.unreliable else ""


def _summary(report: Report) -> str:
    m, s = report.meta, report.scores
    stats = [f'<li class="{t}"><span class="n">{report.count(t)}</span> {t}</li>' for t in _TYPES]
    stats += [f'<li class="score">BLEU <span class="n">{s.bleu:.1f}</span></li>',
              f'<li class="score">chrF <span class="n">{s.chrf:.1f}</span></li>',
              f'<li class="score">coverage <span class="n">{s.coverage:.0%}</span></li>']
    if level := words.sensitivity(report):
        stats.append(f'<li class="score">{escape(level)}</li>')
    meta = (f"{m.get('translation_lang', '?')} → {m.get('original_lang', 'en')} via {m.get('translator', '?')}"
            f" · embedder {m.get('embedder', '?')}")
    return f"""<header class="summary {'findings' if report.findings else 'clean'}">
<h1 class="verdict">{escape(_verdict(report).capitalize())}</h1>{_unreliable(report)}
<p class="meta">{escape(meta)}</p>
<ul class="stats">{''.join(stats)}</ul>{_ignored(report)}
<p class="legend">Rows: <span class="badge added">added</span> only in the translation,
<span class="badge dropped">dropped</span> only in the original (both sides shown when part of a sentence is),
<span class="badge altered">altered</span> a fact changed; in those rows <del>struck</del> words were dropped
or replaced
and <ins>marked</ins> words put in their place, the changed fact itself strongly (<del class="fact">340</del>
<ins class="fact">430</ins>).</p>
</header>"""


def _ignored(report: Report) -> str:
    """What the report leaves out: findings an ignore rule silenced, and those below its --min-severity."""
    said = [words.ignored(report.ignored) if report.ignored else "", words.below(report)]
    return "".join(f'\n<p class="ignored">{escape(line)}.</p>' for line in said if line)


def _findings_list(report: Report, bead_of: dict[int, int]) -> str:
    if not report.findings:
        return ""
    items = []
    for k, f in enumerate(report.findings):
        reason = escape(words.reason(f))
        if k in bead_of:  # a plain anchor link: jumping to the row needs no script
            reason = f'<a href="#bead-{bead_of[k]}">{reason}</a>'
        items.append(f'<li class="finding {f.type} {f.severity}"><span class="badge {f.type}">{f.type}</span>'
                     f'<span class="sev {f.severity}">{f.severity}</span>{reason} '
                     f'<span class="where">{escape(words.where(report, f))}</span> '
                     f'<code class="id">{escape(f.id)}</code></li>')
    return '<h2>Findings</h2>\n<ol class="findings-list">\n' + "\n".join(items) + "\n</ol>"


def _row(i: int, bead: Bead, report: Report, findings: list[Finding], previous: Bead | None) -> str:
    o_segs = [report.original.segments[j] for j in bead.original]
    t_segs = [report.translation.segments[j] for j in bead.translation]
    if not o_segs:
        status = "added"
    elif not t_segs:
        status = "dropped"
    elif any(f.type == "altered" for f in findings):
        status = "altered"
    elif findings:  # part of a claim added or dropped inside a sentence that survives
        status = f"{findings[0].type} partial"
    else:
        status = "same"
    original = " ".join(g.text for g in o_segs)
    foreign = " ".join(g.text for g in t_segs)
    english = " ".join(report.translation_en[j] for j in bead.translation if j < len(report.translation_en))
    if findings and o_segs and t_segs:  # a faithful paraphrase is not diffed: it would light up everywhere
        o_runs, en_runs = word_diff(original, english)
        facts = [fact_spans(f) for f in findings]
        o_runs, en_runs = (with_facts(o_runs, [s for before, _ in facts for s in before]),
                           with_facts(en_runs, [s for _, after in facts for s in after]))
    else:
        o_runs, en_runs = [("same", original)], [("same", english)]
    # Paragraph starts get a rule, so the table still reads as the article's paragraphs.
    first = (o_segs or t_segs)[0]
    starts = previous is not None and _first_segment(previous, report).paragraph != first.paragraph
    classes = " ".join(filter(None, ["bead", status, "para" if starts else ""]))
    label = ",".join(str(j + 1) for j in bead.original) or _ADDED
    unknown = marked_by(report.meta.get("translator", ""))
    # A dropped claim's reason goes under the original: the translation side is empty.
    if o_segs:
        left = (f'<td class="orig kind-{o_segs[0].kind}">{_marked(o_runs, "del")}'
                f'{"" if t_segs else _reasons(findings)}</td>')
    else:
        left = '<td class="orig empty">(not in the original)</td>'
    # The translation's own words in a block of their own, in its language: a screen reader then reads
    # them with that language's voice, and dir="auto" sets a right-to-left one's direction (Arabic's full
    # stop on the left); the English rendering and the reasons around them stay English.
    own = f'<div class="own" lang="{_lang(report.translation.lang)}" dir="auto">'
    if not t_segs:
        right = '<td class="trans empty">(not in the translation)</td>'
    elif foreign == english:
        right = (f'<td class="trans kind-{t_segs[0].kind}">{own}{_marked(en_runs, "ins", unknown)}</div>'
                 f'{_reasons(findings)}</td>')
    else:
        right = (f'<td class="trans kind-{t_segs[0].kind}">{own}{escape(foreign)}</div>'
                 f'<div class="en"><span class="vh">In English: </span>{_marked(en_runs, "ins", unknown)}</div>'
                 f'{_reasons(findings)}</td>')
    return f'<tr id="bead-{i}" class="{classes}"><th scope="row" class="idx">{label}</th>{left}{right}</tr>'


# A language tag as BCP 47 spells one ("nb", "pt-BR"); anything else (a report from JSON that names
# none) is lang="", which says "unknown" rather than letting the page's English stand for it.
_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def _lang(tag: str) -> str:
    return tag if _TAG.fullmatch(tag or "") else ""


# The row header of a sentence only in the translation: "+" to the eye, a word to a screen reader.
_ADDED = '<span aria-hidden="true">+</span><span class="vh">added</span>'


def _first_segment(bead: Bead, report: Report):
    return (report.original.segments[bead.original[0]] if bead.original
            else report.translation.segments[bead.translation[0]])


def _marked(runs: list[Run], tag: str, unknown: bool = False) -> str:
    """The runs in HTML: changed words in `tag` (del in the original, ins in the English), its fact marked
    strongly; in English from an MT that marks them (`unknown`), a word that it left untranslated as such."""
    opening = {"changed": f"<{tag}>", "fact": f'<{tag} class="fact">'}
    text = "".join(f"{opening[op]}{escape(t)}</{tag}>" if op in opening else escape(t) for op, t in runs)
    return _unknown(text) if unknown else text


def _unknown(html: str) -> str:
    """Apertium's mark on a word it left untranslated ("*Whitfield"): editors read the star as a typo, so
    the page shows the word as one the MT did not know (escaped text holds no tag for the pattern to
    meet). A title shows only under a mouse pointer: the hidden words say the same to a screen reader."""
    return MARKED_WORD.sub(r'<span class="unknown" title="left untranslated by the machine translation">\1'
                        r'<span class="vh"> (left untranslated by the machine translation)</span></span>', html)


def _reasons(findings: list[Finding]) -> str:
    return "".join(f'<div class="reason {f.type}">{escape(words.reason(f))}</div>' for f in findings)
