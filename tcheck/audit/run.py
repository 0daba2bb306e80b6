"""An audit from start to end: plan against the state DB, check what is pending, record, export.

The driver reads the files (lazily, a chunk at a time), hands chunks to an engine, and writes each
chunk's results (report files first, then the DB rows in one transaction). Exports and the
summary are regenerated from the DB at the end, so they never hold a pair twice.
"""
from __future__ import annotations

import hashlib
import logging
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .. import textio
from ..backends import prepared
from ..backends.stored import Store
from ..errors import InputError, Interrupted, TcheckError
from . import export, inputs, progress, summary
from .manifest import PairSpec
from .records import FINDING_TYPES, PairResult, Task, WorkerSettings
from .state import State

log = logging.getLogger("tcheck")


@dataclass(frozen=True)
class AuditOptions:
    out: Path
    workers: int = 1
    engine: str = "local"  # "local" | "ray"
    ray_address: str | None = None
    embedder: str | None = None
    verifier: str | None = None  # None: tcheck's packaged verifier; "none": the rules alone
    beam: int = 2
    mt_engine: str = "argos"  # "argos" | "apertium"
    chunk_size: int = 8
    progress: bool = True
    ignore: Path | None = None  # an ignore file (tcheck/ignore_file.py)
    glossary: Path | None = None  # a glossary file (tcheck/glossary_file.py)
    sensitivity: str = "normal"  # pipeline.SENSITIVITIES
    html_selector: str | None = None  # CSS for the article in HTML input
    memory: int | None = None  # bytes per worker process (budget.py); None: no cap
    pair_timeout: float | None = None  # seconds per pair; None: no limit


@dataclass
class AuditOutcome:
    total: int = 0
    checked: int = 0  # this run
    skipped: int = 0  # already done, unchanged
    ok: int = 0
    errors: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    ignored: int = 0
    out: Path = Path(".")


def run_audit(specs: list[PairSpec], root: Path, options: AuditOptions) -> AuditOutcome:
    out = Path(options.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out}: is a file; give a folder for the audit's output")
    try:
        (out / "reports").mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError(f"--out {out}: cannot make {e.filename} ({e.strerror})") from None
    with _exclusive(out), _terminated_as_interrupted():
        try:
            return _run(specs, root, options, out)
        except KeyboardInterrupt:
            raise Interrupted(f"interrupted: the pairs checked so far are kept in {out}; the same command "
                              "resumes") from None


@contextmanager
def _terminated_as_interrupted() -> Iterator[None]:
    """SIGTERM (systemd, docker, cron stopping a job) ends an audit as Ctrl-C does: the workers stopped,
    the exports and summary written from what finished. Left alone it killed the driver at once, and
    its workers ran on."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return

    def interrupt(*_) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(specs: list[PairSpec], root: Path, options: AuditOptions, out: Path) -> AuditOutcome:
    state = State(out / "state.sqlite")
    settings = WorkerSettings(
        embedder=options.embedder, beam=options.beam, mt_engine=options.mt_engine, verifier=options.verifier,
        cache_path=str((out / "cache" / "cache.sqlite").resolve()),
        ignore=str(Path(options.ignore).resolve()) if options.ignore else None,
        glossary=str(Path(options.glossary).resolve()) if options.glossary else None,
        sensitivity=options.sensitivity, html_selector=options.html_selector,
        memory=options.memory, pair_timeout=options.pair_timeout,
        threads=1 if options.engine == "ray" else prepared.threads(options.workers),  # the cores this process may use
    )
    run_sig = settings.signature()
    translators = _installed_translators()
    pending = [s for s in specs if not state.is_done(s.id, inputs.key_of(s, root), run_sig, translators)]
    outcome = AuditOutcome(total=len(specs), skipped=len(specs) - len(pending), out=out)
    if pending:  # exported, and the cache file made (in WAL mode), once here, not by every worker at once
        prepared.ahead(settings.embedder, settings.verifier)
        Store(settings.cache_path, rows=None).open()
    log.info("%d pairs, %d already done, %d to check", len(specs), outcome.skipped, len(pending))
    try:
        specs_by_id = {s.id: s for s in pending}
        with progress.bar(len(pending), options.progress) as advance:
            def record(results: list[PairResult]) -> None:
                state.record([(r, _write_reports(out, r, specs_by_id[r.id])) for r in results], run_sig)
                outcome.checked += len(results)
                advance(len(results), sum(r.status == "error" for r in results))

            # Chunks small enough that every worker gets some, large enough to batch well.
            size = max(1, min(options.chunk_size, -(-len(pending) // max(options.workers, 1))))
            chunks = _chunks(pending, root, size, record)
            if options.engine == "ray":
                from . import ray_engine

                ray_engine.run(chunks, settings, options.workers, record, options.ray_address)
            elif options.engine == "local":
                from . import engine

                engine.run(chunks, settings, options.workers, record)
            else:
                raise TcheckError(f"unknown engine {options.engine!r}; use local or ray")
    finally:
        # Whatever finished is in the DB; the exports show it, even after an error or Ctrl-C.
        ids = [s.id for s in specs]
        rows, findings = state.results(ids), state.findings(ids)
        export.write_all(out, rows, findings)
        summary.write(out / "summary.html", rows, findings, total=len(specs))
        state.close()
    outcome.ok = sum(r["status"] == "ok" for r in rows)
    outcome.errors = sum(r["status"] == "error" for r in rows)
    # As summary.html and the exports count them: an error row's findings (an unreliable pair's) say little.
    outcome.counts = {t: sum(f["type"] == t for f in findings) for t in FINDING_TYPES}
    outcome.ignored = sum(r["ignored"] or 0 for r in rows if r["status"] == "ok")
    return outcome


def _chunks(pending: list[PairSpec], root: Path, size: int, record) -> Iterator[list[Task]]:
    """Read pending pairs a chunk at a time; unreadable ones are recorded at once as error rows."""
    chunk: list[Task] = []
    for spec in pending:
        loaded = inputs.load(spec, root)
        if isinstance(loaded, PairResult):
            record([loaded])
            continue
        chunk.append(loaded)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def report_stem(id: str) -> str:
    """A file name for a pair's reports: readable, safe, and unique per id."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", id).strip("._")[:60] or "pair"
    return f"{safe}-{hashlib.sha1(id.encode()).hexdigest()[:8]}"


def _write_reports(out: Path, r: PairResult, spec: PairSpec) -> dict:
    extra = {"original": spec.original, "translation": spec.translation, "mt": spec.mt or None,
             "report_json": None, "report_html": None}
    for kind, text in (("json", r.report_json), ("html", r.report_html)):
        if text:
            rel = f"reports/{report_stem(r.id)}.{kind}"
            textio.write(out / rel, text)
            extra[f"report_{kind}"] = rel
    return extra


@contextmanager
def _exclusive(out: Path):
    """One audit at a time per --out: a second one would redo every pair and race on the exports."""
    import fcntl

    with open(out / ".lock", "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(f"{out}: another audit is writing there; wait for it, or give another --out") from None
        yield  # the kernel drops the lock when the file closes, however this process ends


def _installed_translators() -> set[str] | None:
    """Names of the Argos models installed now, as ArgosTranslator names them; None if Argos is absent."""
    try:
        from .. import models

        return {f"argos:{m.from_code}-{m.to_code}@{m.version or '0'}" for m in models.installed()}
    except Exception:
        return None
