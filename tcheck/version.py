"""tcheck's version, on the ground floor: the report's meta, the audit's signature and the service
read it without importing the package's face (tcheck/__init__.py), which the pipeline sits below."""
from __future__ import annotations

import hashlib
from pathlib import Path

__version__ = "0.1.0"

PACKAGE = Path(__file__).resolve().parent


def code_digest(root: Path = PACKAGE) -> str:
    """A digest of the package's Python source as it stands. An editable install (or a patched one)
    changes its rules without a new version, and an audit must not keep what older code judged."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:12]
