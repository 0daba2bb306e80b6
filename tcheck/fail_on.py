"""--fail-on: which findings make a run fail (exit 1). Pure.

Finding types (added, dropped, altered), severities (a severity means that level or above:
`critical` fails on critical findings, `major` on major and critical), and `unreliable` (the
translation step looks broken).
"""
from __future__ import annotations

from .errors import InputError
from .severity import LEVELS, at_least
from .types import Finding, Report

TYPES = ("added", "dropped", "altered")


def parse(value: str) -> frozenset[str]:
    wanted = frozenset(t.strip() for t in value.split(",") if t.strip())
    unknown = wanted - set(TYPES) - set(LEVELS) - {"unreliable"}
    if unknown:
        raise InputError(f"--fail-on: unknown finding type or severity {', '.join(sorted(unknown))}; "
                         f"use {', '.join(TYPES)}, {', '.join(reversed(LEVELS))} or unreliable")
    return wanted


def finding_fails(finding: Finding, wanted: frozenset[str]) -> bool:
    return finding.type in wanted or any(at_least(finding.severity, s) for s in wanted if s in LEVELS)


def fails(report: Report, wanted: frozenset[str]) -> bool:
    """Judged on every finding, shown or not."""
    return (any(finding_fails(f, wanted) for f in report.findings)
            or "unreliable" in wanted and report.unreliable is not None)
