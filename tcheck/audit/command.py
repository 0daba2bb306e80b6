"""`tcheck audit`: the command line of an archive audit (registered in tcheck.cli)."""
from __future__ import annotations

import enum
from pathlib import Path
from typing import Optional

import typer

from .. import markup
from . import budget
from ..choices import MTEngine, Sensitivity, gibibytes, seconds
from ..errors import TcheckError
from ..render import words


class Engine(str, enum.Enum):
    local = "local"
    ray = "ray"


def audit(
    archive: Path = typer.Argument(...,
                                   help="A manifest (CSV or JSONL with id, original, translation[, source_lang, "
                                        "mt_file]), or a folder with --pair."),
    out: Path = typer.Option(..., "--out", "-o",
                             help="Output folder: state DB, reports, summary.html, exports. Rerunning resumes."),
    pair: Optional[tuple[str, str]] = typer.Option(None, "--pair",
                                                   help="With a folder: filename patterns ORIGINAL TRANSLATION, e.g. "
                                                        "'{id}.en.txt' '{id}.nb.txt'."),
    mt: Optional[str] = typer.Option(None, "--mt",
                                     help="With --pair: pattern of English MT renderings made elsewhere, e.g. "
                                          "'{id}.mt.txt'."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang",
                                              help="With --pair: language of the translations; detected if not given."),
    workers: int = typer.Option(1, "--workers", "-w", min=1,
                                help="Worker processes (or Ray actors), each with its own models."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: this machine; ray: a Ray cluster."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address",
                                              help="Join this Ray cluster (auto, or HEAD:6379 of `ray start --head`); "
                                                   "default: start a local one."),
    embedder: Optional[str] = typer.Option(None, "--embedder",
                                           help="sentence-transformers model name or path.",
                                           show_default="all-MiniLM-L6-v2, packaged"),
    beam: int = typer.Option(2, "--beam", min=1, max=8, help="Beam size for Argos translation."),
    mt_engine: MTEngine = typer.Option(MTEngine.argos, "--mt-engine",
                                       help="Machine translation: argos (neural) or apertium (rule-based, Debian "
                                            "package)."),
    verifier: Optional[str] = typer.Option(None, "--verifier",
                                           help="Learned verifier: a Hugging Face cross-encoder name or path, or none "
                                                "for the rules alone.", show_default="tcheck's, packaged"),
    chunk_size: int = typer.Option(8, "--chunk-size", min=1,
                                   help="Pairs per worker batch: their sentences go through the models together."),
    show_progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    ignore_path: Optional[Path] = typer.Option(None, "--ignore", metavar="FILE",
                                               help="Findings judged wrong (TOML): not reported, but counted; editing "
                                                    "it re-checks the pairs."),
    sensitivity: Sensitivity = typer.Option(Sensitivity.normal, "--sensitivity",
                                            help="low: fewer false alarms; high: fewer misses (as for check); changing "
                                                 "it re-checks the pairs."),
    glossary_path: Optional[Path] = typer.Option(None, "--glossary", metavar="FILE",
                                                 help="Terms that are the same thing on both sides (CSV/TSV: English, "
                                                      "other form); editing it re-checks the pairs."),
    html_selector: Optional[str] = typer.Option(None, "--html-selector", metavar="CSS",
                                                help="The article in HTML input, by CSS selector; changing it "
                                                     "re-checks the pairs.",
                                                show_default="a whole page is cut to its article by trafilatura"),
    worker_memory: float = typer.Option(budget.MEMORY_GIB, "--worker-memory", callback=gibibytes, min=0,
                                        metavar="GIB",
                                        help="Memory a worker process may hold, models included; a pair past it is an "
                                             "error row. 0: no cap."),
    pair_timeout: float = typer.Option(budget.PAIR_TIMEOUT, "--pair-timeout", callback=seconds, min=0,
                                       metavar="SECONDS",
                                       help="Time a pair's check may take; past it the check stops at its next stage "
                                            "and the pair is an error row. 0: no limit."),
) -> None:
    """Audit an archive of translations: every pair checked, resumable, summarised in OUT/summary.html."""
    from .manifest import find_pairs, load_manifest
    from .. import glossary_file, ignore_file, langid, limits
    from .run import AuditOptions, run_audit

    # A broken ignore file or glossary is one line now, not an error row per pair.
    ignore_file.read(ignore_path)
    glossary_file.read(glossary_path)
    markup.check_selector(html_selector)
    limits.values()
    source_lang = langid.code(source_lang)

    if archive.is_dir():
        if not pair:
            raise TcheckError(f"{archive} is a folder: give --pair ORIGINAL TRANSLATION patterns, e.g. "
                              "--pair '{id}.en.txt' '{id}.nb.txt'")
        specs = find_pairs(archive, pair[0], pair[1], mt, source_lang, exclude=out)
        root = archive
    else:
        if pair or mt or source_lang:
            raise TcheckError("--pair, --mt and --source-lang go with a folder; a manifest names its files and "
                              "languages")
        specs = load_manifest(archive)
        root = archive.parent
    options = AuditOptions(out=out, workers=workers, engine=engine.value, ray_address=ray_address,
                           embedder=embedder, beam=beam, mt_engine=mt_engine.value, verifier=verifier,
                           chunk_size=chunk_size, progress=show_progress,
                           ignore=ignore_path, glossary=glossary_path, sensitivity=sensitivity.value,
                           html_selector=html_selector, memory=budget.gib(worker_memory),
                           pair_timeout=pair_timeout or None)
    o = run_audit(specs, root, options)
    c = o.counts
    typer.echo(f"audited {words.counted(o.total, 'pair')}: {o.ok} ok, {words.counted(o.errors, 'error')} "
               f"({o.checked} checked now, {o.skipped} already done)")
    silenced = f" ({words.ignored(o.ignored)})" if o.ignored else ""
    typer.echo(f"findings: {c.get('added', 0)} added, {c.get('dropped', 0)} dropped, {c.get('altered', 0)} altered"
               f"{silenced}")
    typer.echo(f"summary: {o.out / 'summary.html'}")
