"""summary.html: one self-contained page for an audit (inline CSS and SVG, no scripts, no network).

Totals, findings per type and severity, the chrF and findings-per-article distributions, the worst
pairs first with links to their reports, and every error row with its reason.
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from .. import textio
from .plots import bar_chart, bins
from .records import FINDING_TYPES, SEVERITIES

WORST = 50
_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0}th,td{padding:.25em .6em;border-bottom:1px solid #eee;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.tiles{display:flex;gap:1em;flex-wrap:wrap}.tile{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:8em}
.tile b{display:block;font-size:1.6em}.critical{color:#b00020}.major{color:#c25e00}.minor{color:#555}
.charts{display:flex;gap:1em;flex-wrap:wrap}.chart .bar{fill:#4a7bb7}.chart .axis{stroke:#888}
.chart text{font-size:11px;fill:#333}.chart .chart-title{font-size:13px;font-weight:600}
"""


def render(rows: list[dict], findings: list[dict], total: int | None = None, title: str = "tcheck audit") -> str:
    total = len(rows) if total is None else total
    ok = [r for r in rows if r["status"] == "ok"]
    errors = [r for r in rows if r["status"] == "error"]
    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    body = [
        f"<h1>{escape(title)}</h1><p class='generated'>Generated {now} by tcheck.</p>",
        _tiles(total, ok, errors, findings),
        _by_type_and_severity(findings),
        _charts(ok),
        _worst(ok),
        _errors(errors),
        "<h2>Exports</h2><p><a href='results.jsonl'>results.jsonl</a> (one line per pair) · "
        "<a href='findings.csv'>findings.csv</a> · <a href='findings.parquet'>findings.parquet</a> "
        "(one row per finding)</p>",
    ]
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{_CSS}</style></head><body>{''.join(body)}</body></html>\n")


def write(path: Path, rows: list[dict], findings: list[dict], total: int | None = None) -> None:
    textio.write(path, render(rows, findings, total))


def _tiles(total: int, ok: list[dict], errors: list[dict], findings: list[dict]) -> str:
    flagged = sum(1 for r in ok if any(r[t] for t in FINDING_TYPES))
    chrf = [r["chrf"] for r in ok if r["chrf"] is not None]
    tiles = [("pairs", total), ("checked", len(ok)), ("errors", len(errors)),
             ("not yet audited", total - len(ok) - len(errors)), ("findings", len(findings)),
             ("pairs with findings", flagged), ("mean chrF", f"{sum(chrf) / len(chrf):.1f}" if chrf else "–")]
    silenced = sum(r.get("ignored") or 0 for r in ok)
    if silenced:  # silenced by the --ignore file: in no count above, but not gone
        tiles.insert(5, ("findings silenced by ignore rules", silenced))
    cells = "".join(f"<div class='tile' data-total='{escape(k)}'><b>{escape(str(v))}</b>{escape(k)}</div>"
                    for k, v in tiles)
    return f"<section id='totals' class='tiles'>{cells}</section>"


def _by_type_and_severity(findings: list[dict]) -> str:
    head = "".join(f"<th class='n {s}'>{s}</th>" for s in SEVERITIES) + "<th class='n'>all</th>"
    lines = []
    for t in FINDING_TYPES:
        counts = [sum(1 for f in findings if f["type"] == t and f["severity"] == s) for s in SEVERITIES]
        cells = "".join(f"<td class='n' data-severity='{s}'>{n}</td>" for s, n in zip(SEVERITIES, counts))
        lines.append(f"<tr data-type='{t}'><th>{t}</th>{cells}"
                     f"<td class='n' data-severity='all'>{sum(counts)}</td></tr>")
    kinds: dict[str, int] = {}
    for f in findings:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    kind_rows = "".join(f"<tr data-kind='{escape(k)}'><th>{escape(k)}</th><td class='n'>{n}</td></tr>"
                        for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    return (f"<h2>Findings by type and severity</h2><table id='by-type'><tr><th>type</th>{head}</tr>"
            f"{''.join(lines)}</table>"
            f"<h2>Findings by kind</h2><table id='by-kind'>{kind_rows}</table>")


def _charts(ok: list[dict]) -> str:
    edges = list(range(0, 101, 10))
    chrf = bins([r["chrf"] for r in ok if r["chrf"] is not None], edges)
    chrf_labels = [f"{a}–{b}" for a, b in zip(edges, edges[1:])]
    per_article = [sum(r[t] or 0 for t in FINDING_TYPES) for r in ok]
    step = max(1, -(-max(per_article, default=0) // 10))  # at most 11 bars
    starts = list(range(0, max(per_article, default=0) + 1, step))
    counts = bins(per_article, starts + [starts[-1] + step])
    labels = [str(a) if step == 1 else f"{a}–{a + step - 1}" for a in starts]
    return ("<h2>Distributions</h2><div class='charts'>"
            + bar_chart(chrf_labels, chrf, "chrF per pair", "chrF", "chrf-chart")
            + bar_chart(labels, counts, "Findings per article", "findings", "findings-chart") + "</div>")


def severity_rank(row: dict) -> tuple:
    """Worst first: more critical, then major, then minor findings, then lower chrF."""
    return (-(row["critical"] or 0), -(row["major"] or 0), -(row["minor"] or 0),
            row["chrf"] if row["chrf"] is not None else 100.0)


def _worst(ok: list[dict]) -> str:
    flagged = sorted((r for r in ok if any(r[t] for t in FINDING_TYPES)), key=severity_rank)[:WORST]
    if not flagged:
        return "<h2>Worst pairs</h2><p>No pair has findings.</p>"
    head = ("".join(f"<th class='n {s}'>{s}</th>" for s in SEVERITIES)
            + "".join(f"<th class='n'>{t}</th>" for t in FINDING_TYPES))
    lines = []
    for rank, r in enumerate(flagged, 1):
        link = r["report_html"] or r["report_json"]
        name = f"<a href='{escape(link)}'>{escape(r['id'])}</a>" if link else escape(r["id"])
        cells = "".join(f"<td class='n'>{r[c] or 0}</td>" for c in SEVERITIES + FINDING_TYPES)
        lines.append(f"<tr class='pair' data-id='{escape(r['id'])}'><td class='n'>{rank}</td><td>{name}</td>{cells}"
                     f"<td class='n'>{_num(r['chrf'])}</td></tr>")
    return (f"<h2>Worst pairs</h2><table id='worst'><tr><th class='n'>#</th><th>pair</th>{head}"
            "<th class='n'>chrF</th></tr>"
            f"{''.join(lines)}</table>")


def _errors(errors: list[dict]) -> str:
    if not errors:
        return "<h2>Errors</h2><p>No pair failed.</p>"
    lines = "".join(f"<tr class='error' data-id='{escape(r['id'])}'><td>{escape(r['id'])}</td>"
                    f"<td>{escape(r['error_kind'] or '')}</td><td>{escape(r['error'] or '')}</td></tr>" for r in errors)
    return (f"<h2>Errors ({len(errors)})</h2><table id='errors'><tr><th>pair</th><th>kind</th><th>reason</th></tr>"
            f"{lines}</table>")


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.1f}"
