"""Renderers: render(report) -> str. They read only tcheck.types.

Each is imported when first asked for: a JSON report need not load rich for the terminal's.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from ..types import Report

NAMES = ("terminal", "json", "markdown", "html")


class _Formats(Mapping[str, Callable[[Report], str]]):
    """Format name -> its renderer's `render`, imported on first use."""

    def __getitem__(self, name: str) -> Callable[[Report], str]:
        if name not in NAMES:
            raise KeyError(name)
        return import_module(f".{name}", __name__).render

    def __iter__(self) -> Iterator[str]:
        return iter(NAMES)

    def __len__(self) -> int:
        return len(NAMES)


FORMATS = _Formats()

__all__ = ["FORMATS", "NAMES"]
