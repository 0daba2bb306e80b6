"""`tcheck precommit`: the pre-commit hook for a repository of translations (.pre-commit-hooks.yaml).

pre-commit passes the staged files. Each file that matches the original's or the translation's
pattern (`{id}` as in `tcheck audit --pair`) names a pair; each pair is checked once, with the models
loaded once, and the run fails (exit 1) where a pair has findings that --fail-on names (critical, by
default), or where a translation has no original. Other files are none of its business. The patterns
and the files are read from the repository's root (the folder above that holds `.git`), as pre-commit
runs the hook; a file named from a subfolder, or by its absolute path, names the same pair.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional

import typer

from .choices import MTEngine, Sensitivity


def precommit(
    files: Optional[List[Path]] = typer.Argument(None, help="The staged files (pre-commit passes them)."),
    pair: tuple[str, str] = typer.Option(..., "--pair", metavar="ORIGINAL TRANSLATION",
                                         help="Patterns with {id}, from the repository's root: 'stories/{id}.en.md' "
                                              "'stories/{id}.nb.md'."),
    fail_on: str = typer.Option("critical", "--fail-on",
                                help="Fail on findings of these types or severities (as for check)."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang",
                                              help="Language of the translations (ISO 639-1); detected if not given."),
    sensitivity: Sensitivity = typer.Option(Sensitivity.normal, "--sensitivity",
                                            help="low: fewer false alarms; high: fewer misses."),
    mt_engine: MTEngine = typer.Option(MTEngine.argos, "--mt-engine", help="Machine translation: argos or apertium."),
    ignore_path: Optional[Path] = typer.Option(None, "--ignore", metavar="FILE", help="Findings judged wrong (TOML)."),
    glossary_path: Optional[Path] = typer.Option(None, "--glossary", metavar="FILE",
                                                 help="Terms that are the same thing on both sides (CSV/TSV)."),
) -> None:
    """Check the staged translations against their originals; fail a commit on critical findings."""
    from . import fail_on as failing_on, glossary_file, ignore_file, langid
    from .audit.manifest import pair_id
    from .checker import Checker, Source
    from .pipeline import Config
    from .render import words
    from .textio import read_text

    failing = failing_on.parse(fail_on)
    source_lang = langid.code(source_lang)
    original, translation = pair
    root = _root(Path.cwd())
    ids = dict.fromkeys(i for f in files or [] for p in pair if (i := pair_id(_from_root(f, root), p)) is not None)
    if not ids:
        return
    checker = Checker(mt_engine=mt_engine.value, config=Config.for_sensitivity(sensitivity.value),
                      ignore=ignore_file.read(ignore_path), glossary=glossary_file.read(glossary_path))
    # The options that change what a check finds, for the command that shows the evidence.
    shown = [f"--{name} {value}" for name, value in (
        ("source-lang", source_lang), ("sensitivity", None if sensitivity is Sensitivity.normal else sensitivity.value),
        ("mt-engine", None if mt_engine is MTEngine.argos else mt_engine.value), ("ignore", ignore_path),
        ("glossary", glossary_path)) if value is not None]
    failed = False
    for id_ in ids:
        # As the user can open them from where the hook runs.
        o, t = (Path(os.path.relpath(root / p.replace("{id}", id_))) for p in (original, translation))
        if not t.is_file():
            continue  # an original with no translation yet: nothing to check
        if not o.is_file():
            typer.echo(f"{t}: no original ({o}) to check it against")
            failed = True
            continue
        report = checker.check(Source(read_text(o)[0], str(o), None, o.name),
                               Source(read_text(t)[0], str(t), source_lang, t.name))
        bad = [f for f in report.findings if failing_on.finding_fails(f, failing)]
        unreliable = "unreliable" in failing and report.unreliable is not None
        if not bad and not unreliable:
            typer.echo(f"{t}: passes ({words.counted(len(report.findings), 'finding')} "
                       f"below --fail-on {fail_on})")
            continue
        failed = True
        if unreliable:
            typer.echo(f"{t}: {words.unreliable(report.unreliable)}")
        if bad:
            evidence = " ".join(["tcheck check", str(o), str(t), *shown])
            typer.echo(f"{t}: {words.counted(len(bad), 'finding')} that {'fails' if len(bad) == 1 else 'fail'} "
                       f"(--fail-on {fail_on}); `{evidence}` shows the evidence")
        for f in bad:
            typer.echo(f"  {words.where(report, f)} · {f.severity} · {f.type}: {words.reason(f)} [{f.id}]")
    if failed:
        raise typer.Exit(1)


def _root(cwd: Path) -> Path:
    """The repository's root: the nearest folder at or above `cwd` that holds `.git`; else `cwd`."""
    return next((folder for folder in (cwd, *cwd.parents) if (folder / ".git").exists()), cwd)


def _from_root(file: Path, root: Path) -> str:
    """A file's path from the repository's root, as the patterns are written ("stories/a.nb.md")."""
    return Path(os.path.relpath(Path.cwd() / file, root)).as_posix()
