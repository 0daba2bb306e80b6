"""tcheck: flag claims that a translation added, dropped or altered against its English original.

Importing tcheck loads no model and no torch; backends load on first use. The names below are
imported when first read (PEP 562), so that `tcheck --version` or `tcheck render`, which import a
submodule of this package, do not load the pipeline and numpy with it.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .version import __version__

_WHERE = {
    "Checker": "checker", "Source": "checker",
    "InputError": "errors", "ModelInstallError": "errors", "ModelMissing": "errors", "TcheckError": "errors",
    "Config": "pipeline", "check": "pipeline", "prepare": "pipeline",
    "Bead": "types", "Change": "types", "Document": "types", "Finding": "types", "Report": "types",
    "Scores": "types", "Segment": "types",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'tcheck' has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value  # read once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


if TYPE_CHECKING:
    from .checker import Checker, Source
    from .errors import InputError, ModelInstallError, ModelMissing, TcheckError
    from .pipeline import Config, check, prepare
    from .types import Bead, Change, Document, Finding, Report, Scores, Segment
