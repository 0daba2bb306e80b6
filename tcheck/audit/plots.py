"""Small inline SVG bar charts for the audit summary: no plotting library, no network assets."""
from __future__ import annotations

from html import escape


def bins(values: list[float], edges: list[float]) -> list[int]:
    """Counts per [edges[i], edges[i+1]); the last bin also holds its upper edge."""
    counts = [0] * (len(edges) - 1)
    for v in values:
        for i in range(len(counts)):
            last = i == len(counts) - 1
            if edges[i] <= v < edges[i + 1] or (last and v == edges[i + 1]):
                counts[i] += 1
                break
    return counts


def bar_chart(labels: list[str], counts: list[int], title: str, x_label: str, chart_id: str = "") -> str:
    """An SVG bar chart with a count above each bar and a <title> tooltip per bar."""
    width, height, left, bottom, top = 520, 240, 40, 44, 28
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(counts, default=0) or 1
    step = plot_w / max(len(counts), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" aria-label="{escape(title)}">',
        f'<text x="{width / 2}" y="16" text-anchor="middle" class="chart-title">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>',
    ]
    for i, (label, n) in enumerate(zip(labels, counts)):
        h = plot_h * n / peak
        x = left + i * step + step * 0.1
        y = top + plot_h - h
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{step * 0.8:.1f}" height="{h:.1f}" '
            f'data-label="{escape(label)}" data-count="{n}"><title>{escape(label)}: {n}</title></rect>'
        )
        if n:
            parts.append(f'<text x="{x + step * 0.4:.1f}" y="{y - 3:.1f}" text-anchor="middle" '
                         f'class="count">{n}</text>')
        parts.append(
            f'<text x="{x + step * 0.4:.1f}" y="{top + plot_h + 14}" text-anchor="middle" '
            f'class="tick">{escape(label)}</text>'
        )
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle" '
                 f'class="axis-label">{escape(x_label)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
