"""Plain, picklable records that pass between the audit's driver and its workers (processes or Ray actors)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import get_args

from ..types import FindingType, Severity

FINDING_TYPES: tuple[str, ...] = get_args(FindingType)
SEVERITIES: tuple[str, ...] = get_args(Severity)  # the most serious first


@dataclass(frozen=True)
class Side:
    text: str
    name: str  # path relative to the archive root, for messages
    filename: str  # for format sniffing (.html, .md)


@dataclass(frozen=True)
class Task:
    """A readable pair, ready for a worker."""

    id: str
    key: str  # content key: hashes of both texts (and the mt file) and the source language
    original: Side
    translation: Side
    mt: Side | None = None
    source_lang: str | None = None


@dataclass
class PairResult:
    """The outcome of one pair: counts and scores for the state DB, the findings, the rendered reports."""

    id: str
    key: str
    status: str  # "ok" | "error"
    error: str | None = None
    error_kind: str | None = None  # "input" (kept until the files change)
                                   # | "model" | "internal" | "unreliable" | "budget" (retried)
    translator: str | None = None
    original_lang: str | None = None
    translation_lang: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    severities: dict[str, int] = field(default_factory=dict)
    chrf: float | None = None
    bleu: float | None = None
    coverage: float | None = None
    ignored: int = 0  # findings that the --ignore file silenced: not in the counts, but counted here
    n_original: int | None = None
    n_translation: int | None = None
    findings: list[dict] = field(default_factory=list)
    report_json: str | None = None
    report_html: str | None = None
    seconds: float = 0.0

    @classmethod
    def failed(cls, id: str, key: str, error: str, kind: str) -> "PairResult":
        return cls(id, key, "error", error=error, error_kind=kind)


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker needs to build its models; `signature()` is part of every pair's state key."""

    embedder: str | None = None
    beam: int = 2
    mt_engine: str = "argos"
    verifier: str | None = None  # None: tcheck's packaged verifier; "none": the rules alone
    cache_path: str | None = None  # the models' outputs on disk (backends/stored.py); None: a chunk's, in memory
    threads: int | None = None  # onnxruntime, torch and CTranslate2 threads per worker
    html: bool = True  # render per-pair HTML when tcheck.render.html exists
    ignore: str | None = None  # the ignore file's path (its content is in the signature)
    glossary: str | None = None  # the glossary file's path (its content is in the signature)
    sensitivity: str = "normal"  # pipeline.SENSITIVITIES
    html_selector: str | None = None  # CSS for the article in HTML input; None: trafilatura's choice
    # Budgets (tcheck/audit/budget.py); not in the signature: a pair that finishes within them is the same.
    memory: int | None = None  # bytes per worker process; None: no cap, and a single worker may run in-process
    pair_timeout: float | None = None  # seconds per pair

    def signature(self) -> str:
        """Everything besides the texts and the translation model that changes a pair's result, the code
        that judged it included."""
        from .. import glossary, glossary_file, limits
        from ..backends.sbert import DEFAULT
        from ..ignore_file import digest as ignore_digest
        from ..pipeline import thresholds_digest
        from ..version import __version__, code_digest

        # The packaged verifier is named by its weights' digest (it changes when retrained).
        verifier = self.verifier
        if verifier is None:
            from ..backends.verifier import packaged_name

            verifier = packaged_name()
        # An edited glossary or ignore file re-checks the pairs: each is named by its content.
        glossaries = glossary.digest(glossary_file.read(Path(self.glossary))) if self.glossary else None
        parts = {"tcheck": __version__, "code": code_digest(), "embedder": self.embedder or DEFAULT,
                 "beam": self.beam, "thresholds": thresholds_digest(), "verifier": verifier,
                 "mt_engine": self.mt_engine, "sensitivity": self.sensitivity, "html_selector": self.html_selector,
                 "ignore": ignore_digest(self.ignore) if self.ignore else None, "glossary": glossaries,
                 "limits": limits.values()}
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]
