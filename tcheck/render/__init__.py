"""Renderers: render(report) -> str. They read only tcheck.types."""
from . import json, terminal

FORMATS = {"terminal": terminal.render, "json": json.render}

__all__ = ["FORMATS", "json", "terminal"]
