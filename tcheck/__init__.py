"""tcheck: flag claims that a translation added, dropped or altered against its English original.

Importing tcheck loads no model and no torch; backends load on first use.
"""
from .checker import Checker, Source
from .errors import InputError, ModelInstallError, ModelMissing, TcheckError
from .pipeline import Config, check, prepare
from .types import Bead, Change, Document, Finding, Report, Scores, Segment

__version__ = "0.1.0"

__all__ = [
    "Bead", "Change", "Checker", "Config", "Document", "Finding", "InputError", "ModelInstallError",
    "ModelMissing", "Report", "Scores", "Segment", "Source", "TcheckError", "check", "prepare",
]
