"""Renderers: render(report) -> str. They read only tcheck.types."""
from . import html, json, markdown, terminal

FORMATS = {"terminal": terminal.render, "json": json.render, "markdown": markdown.render, "html": html.render}

__all__ = ["FORMATS", "html", "json", "markdown", "terminal"]
