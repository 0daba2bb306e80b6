"""tcheck's command line: read files, build backends, run the pipeline, render, exit.

Exit codes: 0 the check ran; 1 findings of a --fail-on type; 2 unusable input or missing model.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer

from .audit.command import audit as audit_command
from .precommit import precommit as precommit_command
from . import limits, markup
from .choices import MTEngine, PostChoice, Sensitivity, Severity, choice, seconds
from .errors import Interrupted, TcheckError
from .render import NAMES as RENDERERS, words

app = typer.Typer(no_args_is_help=True, help="Flag claims a translation added, dropped or altered.")
models_app = typer.Typer(no_args_is_help=True,
                         help="Manage models: Argos Translate (foreign language -> English), and the packaged ones' "
                              "fast-start exports.")
app.add_typer(models_app, name="models")
ignore_app = typer.Typer(no_args_is_help=True, help="Findings judged wrong: silence them from now on.")
app.add_typer(ignore_app, name="ignore")
app.command("audit")(audit_command)
app.command("precommit")(precommit_command)


def _version(value: bool) -> None:
    if value:
        from .version import __version__

        typer.echo(f"tcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _options(ctx: typer.Context,
             version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                          help="Print tcheck's version and exit."),
             config: Optional[Path] = typer.Option(None, "--config", envvar="TCHECK_CONFIG", metavar="FILE",
                                                   help="Settings for every command (TOML).",
                                                   show_default="the nearest tcheck.toml, or pyproject.toml's "
                                                                "[tool.tcheck]")) -> None:
    """Flag claims a translation added, dropped or altered."""
    from . import config_file

    path = config if config is not None else config_file.find(Path.cwd())
    if path is not None and not path.is_file():
        raise _error(f"--config {path}: {'not a file' if path.exists() else 'no such file'}")
    # Defaults for every command's options: the settings file's, and TCHECK_<COMMAND>_<OPTION> over them.
    ctx.default_map = config_file.defaults(ctx.command.commands, path, dict(os.environ))


Format = choice("Format", (*RENDERERS, "slack"))  # slack: Slack's mrkdwn, as --post-format slack sends it
# Options that check and render offer alike.
_FOLD = typer.Option(False, "--fold", help="Markdown for GitHub and GitLab: each finding's evidence folded in "
                                           "<details> under its one-line summary.")
_VERBOSE = typer.Option(False, "--verbose", "-v",
                        help="The terminal report also gives BLEU, chrF and each finding's similarity.")


@app.command()
def check(
    original: Path = typer.Argument(..., metavar="ORIGINAL", help="The English original (- reads standard input)."),
    translation: Path = typer.Argument(..., metavar="TRANSLATION",
                                       help="The translation (any language Argos covers, or English; - reads standard "
                                            "input)."),
    source_lang: Optional[str] = typer.Option(None, "--source-lang",
                                              help="Language of the translation (ISO 639-1); detected if not given."),
    mt_file: Optional[Path] = typer.Option(None, "--mt-file",
                                           help="An English rendering of the translation made elsewhere, used instead "
                                                "of machine translation."),
    embedder: Optional[str] = typer.Option(None, "--embedder",
                                           help="sentence-transformers model name or path.",
                                           show_default="all-MiniLM-L6-v2, packaged"),
    fmt: Format = typer.Option(Format.terminal, "--format", "-f", help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write the report here instead of stdout (- is stdout)."),
    fail_on: str = typer.Option("", "--fail-on",
                                help="Exit 1 when findings of these exist, comma-separated: types (added, dropped, "
                                     "altered), severities (minor, major, critical: that severity or above), or "
                                     "unreliable (the translation step looks broken). E.g. dropped,critical."),
    min_severity: Severity = typer.Option(Severity.minor, "--min-severity",
                                          help="Report findings of this severity or above; the rest are left out of "
                                               "every format."),
    beam: int = typer.Option(2, "--beam", min=1, max=8, help="Beam size for Argos translation."),
    sensitivity: Sensitivity = typer.Option(Sensitivity.normal, "--sensitivity",
                                            help="low: fewer false alarms; high: fewer misses."),
    mt_engine: MTEngine = typer.Option(MTEngine.argos, "--mt-engine",
                                       help="Machine translation: argos (neural) or apertium (rule-based, Debian "
                                            "package)."),
    post_url: Optional[str] = typer.Option(None, "--post", metavar="URL", help="Also send the report to this webhook."),
    post_format: PostChoice = typer.Option(PostChoice.slack, "--post-format",
                                           help="slack: {\"text\": Slack mrkdwn}; markdown: {\"text\": markdown} "
                                                "(Mattermost and other Markdown chats); json: the JSON report."),
    max_findings: Optional[int] = typer.Option(None, "--max-findings", min=0,
                                               help="List at most N findings in Markdown output and chat posts, then "
                                                    "\"and M more\".", show_default="all; 20 in a Slack post"),
    fold: bool = _FOLD,
    verbose: bool = _VERBOSE,
    full_report: Optional[str] = typer.Option(None, "--full-report", metavar="URL_OR_NAME",
                                              help="Where the whole report is (a link, or a file name), named where a "
                                                   "capped Markdown or Slack message stops.",
                                              show_default="for --post, the -o file's name"),
    verifier: Optional[str] = typer.Option(None, "--verifier",
                                           help="Learned verifier: a Hugging Face cross-encoder name or path, or none "
                                                "for the rules alone.", show_default="tcheck's, packaged"),
    ignore_path: Optional[Path] = typer.Option(None, "--ignore", metavar="FILE",
                                               help="Findings judged wrong (TOML; `tcheck ignore add` writes it): not "
                                                    "reported, but counted."),
    glossary_path: Optional[Path] = typer.Option(None, "--glossary", metavar="FILE",
                                                 help="Terms that are the same thing on both sides (CSV/TSV, one a "
                                                      "line: the English form, then the form the translation may "
                                                      "hold)."),
    html_selector: Optional[str] = typer.Option(None, "--html-selector", metavar="CSS",
                                                help="The article in HTML input, by CSS selector (a site's own, e.g. "
                                                     "'article .body').",
                                                show_default="a whole page is cut to its article by trafilatura"),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="No report on stdout and no status line: the exit code says it (with --fail-on); "
                                    "-o and --post still get the report."),
    no_cache: bool = typer.Option(False, "--no-cache",
                                  help="Neither read nor keep the models' outputs in the user's cache (outputs.sqlite: "
                                       "digests of the sentences, and what the models said of them: vectors, scores, "
                                       "languages and English renderings), which spare a rerun most of its time."),
) -> None:
    """Compare TRANSLATION with its English ORIGINAL and report added, dropped and altered claims."""
    from . import fail_on as failing_on

    failing = failing_on.parse(fail_on)
    from .checker import Checker, Source
    from .textio import read_stdin, read_text

    def source(path: Path, lang: str | None = None) -> Source:
        if str(path) == "-":
            return Source(read_stdin()[0], "standard input", lang)
        return Source(read_text(path)[0], str(path), lang, path.name)

    if [original, translation, mt_file].count(Path("-")) > 1:
        raise _error("only one of ORIGINAL, TRANSLATION and --mt-file can be - (standard input)")
    if str(original) != "-" and str(translation) != "-" and original.resolve() == translation.resolve():
        raise _error(f"{original}: ORIGINAL and TRANSLATION are the same file")
    from . import glossary_file, ignore_file, langid

    source_lang = langid.code(source_lang)
    o, t = source(original), source(translation, source_lang)
    mt = source(mt_file, "en") if mt_file else None
    from .pipeline import Config

    # Everything a user can get wrong is found before any model loads (seconds), not after it.
    rules = ignore_file.read(ignore_path)
    terms = glossary_file.read(glossary_path)
    markup.check_selector(html_selector)
    output = _writable(output)
    if post_url is not None:  # "" too: `--post "$SLACK_WEBHOOK_URL"` with the variable unset
        from .post import check_url

        check_url(post_url)
    if quiet:  # the exports' line on a first run is a status line too
        from .backends import prepared

        prepared.ahead(embedder, verifier, announce=False)
    with _status("tcheck: checking (models load on the first run of a process: a few seconds)...", shown=not quiet):
        report = Checker(embedder_name=embedder, beam_size=beam, mt_engine=mt_engine.value,
                         config=Config.for_sensitivity(sensitivity.value), verifier_name=verifier,
                         ignore=rules, glossary=terms, html_selector=html_selector,
                         output_store=None if no_cache else _store()).check(o, t, mt)
    failed = failing_on.fails(report, failing)
    if min_severity is not Severity.minor:
        from .severity import at_least, filtered

        hidden = sum(failing_on.finding_fails(f, failing) for f in report.findings
                     if not at_least(f.severity, min_severity.value))
        if hidden and not quiet:  # else a report that lists nothing would exit 1 unexplained
            typer.echo(f"tcheck: {words.counted(hidden, 'finding')} below --min-severity "
                       f"{min_severity.value} {'fails' if hidden == 1 else 'fail'} --fail-on {fail_on}, "
                       "left out of the report", err=True)
        report = filtered(report, min_severity.value)
    closed = False if quiet and output is None else _emit(report, fmt, output, max_findings, fold, verbose, full_report)
    if post_url:
        _post(report, post_url, post_format.value, max_findings, full_report or (output.name if output else None))
    if closed:
        raise OutputClosed()
    if failed:
        raise typer.Exit(1)


def _store():
    from .backends.stored import FILE, Store
    from .cache import cache_dir

    return Store(cache_dir() / FILE)


@contextmanager
def _status(text: str, shown: bool = True):
    """A line on a terminal's stderr while the check runs, erased when it ends; nothing in a pipe or a log."""
    shown = shown and sys.stderr.isatty()
    if shown:
        sys.stderr.write(text)
        sys.stderr.flush()
    try:
        yield
    finally:
        if shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _can_listen(host: str, port: int) -> None:
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise _error(f"--host {host!r}: no such address") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as e:
            raise _error(f"cannot listen on {host}:{port}: {e.strerror}") from None


def _emit(report, fmt: "Format", output: Optional[Path], max_findings: int | None = None, fold: bool = False,
          verbose: bool = False, full_report: str | None = None) -> bool:
    """Write the report in `fmt` to `output` or stdout; True where stdout was closed before it was written."""
    if output is None and sys.stdout is None:  # started with stdout closed (`>&-`): Python gives no stream
        return True
    if fmt is Format.terminal:
        from .render import terminal

        # The terminal's own width (COLUMNS, else the tty's); 110 into a file or a pipe.
        width = shutil.get_terminal_size((110, 24)).columns if output is None else 110
        text = terminal.render(report, width=max(40, width), color=output is None and sys.stdout.isatty(),
                               verbose=verbose)
    elif fmt is Format.markdown:
        from .render import markdown

        text = markdown.render(report, max_findings, fold, full_report) + "\n"
    elif fmt is Format.slack:
        from .render import slack

        text = slack.render(report, max_findings, full_report) + "\n"
    else:
        from .render import FORMATS

        text = FORMATS[fmt.value](report) + "\n"
    if output:
        from .textio import write

        write(output, text)
        return False
    try:
        _write_out(text)
    except BrokenPipeError:  # `tcheck check ... | head`: the reader left; a post still goes out
        return True
    return False


def _write_out(text: str) -> None:
    """All of `text` to stdout, or BrokenPipeError. Unbuffered (PYTHONUNBUFFERED, -u), sys.stdout hands
    a report to the file in one write and drops what a partial write left: a reader that left mid-report
    (`| head -c 100`) cost the rest silently, and the run exited 0."""
    stream = sys.stdout
    raw = getattr(stream, "buffer", None)
    if raw is None:  # a stream of text alone (a test's runner captures output so)
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    data = memoryview(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    while data:
        data = data[raw.write(data) or 0:]
    raw.flush()


def _writable(output: Optional[Path]) -> Optional[Path]:
    """Where -o points, found fit before any work is done; None for stdout (no -o, or `-o -`)."""
    if output is None or str(output) == "-":
        return None
    if output.is_dir():
        raise _error(f"-o {output}: is a folder; give a file name")
    if not output.parent.is_dir():
        raise _error(f"-o {output}: no folder {output.parent} to write into")
    if output.exists() and not output.is_file():  # /dev/stdout, a pipe: written straight
        if not os.access(output, os.W_OK):
            raise _error(f"-o {output}: cannot write to it")
    elif not os.access(output.parent, os.W_OK):
        raise _error(f"-o {output}: cannot write into {output.parent}")
    return output


def _post(report, url: str, fmt: str, max_findings: int | None = None, full_report: str | None = None) -> None:
    """A failed post is one line on stderr; the check's output and exit code stay what they were."""
    from .post import PostError, post

    try:
        post(report, url, fmt, max_findings=max_findings, full_report=full_report)
    except PostError as e:
        typer.echo(f"tcheck: {e}", err=True)
    except Exception as e:  # still only a side effect: never a traceback or a changed exit code
        typer.echo(f"tcheck: post failed: {type(e).__name__}: {e}", err=True)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8080, "--port", min=1, max=65535, help="Port to listen on."),
    max_body: str = typer.Option("2MB", "--max-body",
                                 help="Largest request body accepted, e.g. 2MB, 500k; larger gets 413."),
    embedder: Optional[str] = typer.Option(None, "--embedder",
                                           help="sentence-transformers model name or path.",
                                           show_default="all-MiniLM-L6-v2, packaged"),
    workers: int = typer.Option(2, "--workers", min=1, max=64,
                                help="Checks run at once; more requests wait their turn."),
    embed_cache: int = typer.Option(limits.EMBED_CACHE, "--embed-cache", min=0,
                                    help="Sentence vectors, verifier judgements of sentence pairs and translated "
                                         "sentences remembered between requests (an edited article mostly repeats); 0: "
                                         "none."),
    verifier: Optional[str] = typer.Option(None, "--verifier",
                                           help="Learned verifier: a Hugging Face cross-encoder name or path, or none "
                                                "for the rules alone.", show_default="tcheck's, packaged"),
    check_timeout: float = typer.Option(limits.CHECK_TIMEOUT, "--check-timeout", callback=seconds, min=1.0,
                                        help="Seconds a check may run (queueing not counted); past it the request gets "
                                             "503."),
    body_timeout: float = typer.Option(limits.BODY_TIMEOUT, "--body-timeout", callback=seconds, min=0.1,
                                       help="Seconds a request body may take to arrive; past it 408."),
    header_timeout: float = typer.Option(limits.HEADER_TIMEOUT, "--header-timeout", callback=seconds, min=0.1,
                                         help="Seconds from connecting to a request's last header; past it 408 and the "
                                              "connection closes."),
    ignore_path: Optional[Path] = typer.Option(None, "--ignore", metavar="FILE",
                                               help="Findings judged wrong, for every request (TOML; requests may add "
                                                    "ids of their own)."),
    glossary_path: Optional[Path] = typer.Option(None, "--glossary", metavar="FILE",
                                                 help="Terms that are the same thing on both sides, for every request "
                                                      "(CSV/TSV; requests may add terms of their own)."),
    sensitivity: Sensitivity = typer.Option(Sensitivity.normal, "--sensitivity",
                                            help="The server's: low, fewer false alarms; high, fewer misses (a request "
                                                 "may ask for its own)."),
    mt_engine: MTEngine = typer.Option(MTEngine.argos, "--mt-engine",
                                       help="The server's machine translation: argos or apertium (a request may ask "
                                            "for the other)."),
    html_selector: Optional[str] = typer.Option(None, "--html-selector", metavar="CSS",
                                                help="The article in HTML input, by CSS selector (a site's own, e.g. "
                                                     "'article .body').",
                                                show_default="a whole page is cut to its article by trafilatura"),
) -> None:
    """Serve POST /v1/check over HTTP for newsroom bots (set TCHECK_API_TOKEN to require a bearer token)."""
    from . import glossary_file, ignore_file
    from .service import parse_size, serve as run_server

    body_limit = parse_size(max_body)  # what the user typed first: a port in use says nothing of it
    markup.check_selector(html_selector)
    limits.values()  # a bad TCHECK_MAX_SENTENCES is the server's to mend, not each client's 422
    _can_listen(host, port)  # before the models load, not after

    run_server(host, port, embedder=embedder, max_body=body_limit, workers=workers, embed_cache=embed_cache,
               verifier=verifier, check_timeout=check_timeout, body_timeout=body_timeout,
               ignore_rules=ignore_file.read(ignore_path), terms=glossary_file.read(glossary_path),
               html_selector=html_selector, sensitivity=sensitivity.value, header_timeout=header_timeout,
               mt_engine=mt_engine.value)


@app.command()
def render(
    report_path: Path = typer.Argument(..., metavar="REPORT",
                                       help="A JSON report (tcheck check -f json, or the service's answer); - reads "
                                            "standard input."),
    fmt: Format = typer.Option(Format.terminal, "--format", "-f", help="The format to turn it into."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout (- is stdout)."),
    max_findings: Optional[int] = typer.Option(None, "--max-findings", min=0,
                                               help="List at most N findings in Markdown and Slack output, then \"and "
                                                    "M more\"."),
    fold: bool = _FOLD,
    verbose: bool = _VERBOSE,
    full_report: Optional[str] = typer.Option(None, "--full-report", metavar="URL_OR_NAME",
                                              help="Where the whole report is (a link, or a file name), named where "
                                                   "capped Markdown or Slack output stops."),
) -> None:
    """Turn a JSON report into another format, without checking again (for bots holding the service's JSON)."""
    import json

    from .render.json import from_dict
    from .textio import REPORT_BYTES, read_stdin, read_text

    output = _writable(output)
    text = read_stdin(REPORT_BYTES)[0] if str(report_path) == "-" else read_text(report_path, REPORT_BYTES)[0]
    try:
        report = from_dict(json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as e:
        raise _error(f"{report_path}: not a tcheck JSON report ({type(e).__name__}: {str(e)[:200]})") from None
    if _emit(report, fmt, output, max_findings, fold, verbose, full_report):
        raise OutputClosed()


@ignore_app.command("add")
def ignore_add(
    report: Path = typer.Argument(..., help="A JSON report (tcheck check -f json) that holds the finding; - reads "
                                            "standard input."),
    finding_id: str = typer.Argument(..., metavar="ID", help="The finding's id, e.g. f-3c9a0d1e4b2f."),
    reason: str = typer.Option(..., "--reason", help="Why the finding is wrong; kept beside it."),
    by: str = typer.Option("", "--by", help="Who decided."),
    file: Path = typer.Option(Path("tcheck-ignore.toml"), "--file",
                              help="The ignore file to add to (made if missing)."),
) -> None:
    """Silence one finding of a report from now on: append its id, with your reason, to an ignore file."""
    import json

    from . import ignore_file

    from .textio import REPORT_BYTES, read_stdin, read_text

    text = read_stdin(REPORT_BYTES)[0] if str(report) == "-" else read_text(report, REPORT_BYTES)[0]
    try:
        findings = json.loads(text)["findings"]
    except (ValueError, KeyError, TypeError):
        raise _error(f"{report}: not a tcheck JSON report (make one with `tcheck check ... -f json`)") from None
    hit = next((f for f in findings if isinstance(f, dict) and f.get("id") == finding_id), None)
    if hit is None:
        raise _error(f"{report}: no finding {finding_id!r} (the ids are in the JSON, and in every report format)")
    held = ignore_file.add(file, finding_id, reason, by)
    if held is not None:
        typer.echo(f"{file}: ignores {finding_id} already ({held.reason}); nothing added")
        return
    # A finding's reason names its kind already ("quote: “a” → “b”").
    typer.echo(f"{file}: ignoring {finding_id} ({hit.get('type')}, {hit.get('reason')})")


@models_app.command("list")
def models_list() -> None:
    """List installed translation models."""
    from . import models

    from .backends import apertium

    found = models.installed()
    pairs = apertium.installed()
    if not found and not pairs:
        typer.echo("No translation models installed. Install one with `tcheck models install LANG`.")
    for m in found:
        typer.echo(f"argos  {m.from_code}->{m.to_code}  {m.version or '-'}  {m.path}")
    for code, mode in pairs:
        typer.echo(f"apertium  {code}->en  {mode}  {apertium.datadir() / 'modes' / mode}.mode")


@models_app.command("install")
def models_install(
    lang: Optional[str] = typer.Argument(None, help="Source language code, e.g. nb; fetched from the Argos index."),
    file: Optional[Path] = typer.Option(None, "--file", help="Install this .argosmodel file (air-gapped machines)."),
) -> None:
    """Install a LANG->English model from the Argos index, or from a file."""
    from . import models

    if (lang is None) == (file is None):
        raise _error("give either LANG or --file PKG.argosmodel")
    before = {m.path: m.version for m in models.installed()}
    m = models.install_file(file) if file else models.install(lang)
    replaced = f" (replacing {before[m.path] or 'an earlier install'})" if m.path in before else ""
    typer.echo(f"installed {m.from_code}->{m.to_code} {m.version} at {m.path}{replaced}")


@models_app.command("prepare")
def models_prepare() -> None:
    """Export the packaged models to ONNX and build the comparators' tables, once: checks start without torch.

    The embedder and the verifier are exported; the tables (word frequencies, WordNet's antonyms, verbs'
    directions and adverbs' adjectives, senses, kinds of verbs, words, verbs and heads of names, names of
    holidays and bodies, country and city names, monies) and the verifier's digest are built, so that the
    first check reads them in milliseconds too."""
    from . import frequency
    from .backends import prepared, verifier
    from .cache import cache_dir
    from .facts import aliases, antonyms, heads, known_as, lexicon, monies, synonyms, verbs

    for model in (prepared.EMBEDDER, prepared.VERIFIER):
        typer.echo(f"{model}: {prepared.ready(model, announce=False)}")
    for build in (frequency.table, antonyms.table, antonyms.irregular, antonyms.again, antonyms.adjectives,
                  antonyms.directions, synonyms.table, synonyms.kinds, lexicon.words, verbs.saying,
                  heads.administrative, aliases.index, monies.monies, known_as.table, known_as.numbered_names,
                  verifier.packaged_name):
        build()
    typer.echo(f"tables: {cache_dir() / 'tables'}")


@models_app.command("remove")
def models_remove(lang: str = typer.Argument(..., help="Source language code of the model to remove.")) -> None:
    """Remove an installed LANG->English model."""
    from . import models

    m = models.remove(lang)
    typer.echo(f"removed {m.from_code}->{m.to_code} from {m.path}")


class OutputClosed(TcheckError):
    """Standard output was closed before the report was written."""

    exit_code = 141  # as a shell reports a process that SIGPIPE ended


def _error(message: str) -> TcheckError:
    return TcheckError(message)


def main() -> None:
    """Entry point: user errors become one line on stderr, never a traceback."""
    logging.basicConfig(level=logging.WARNING, format="tcheck: %(message)s")
    try:
        # Outside standalone mode click hands back an Exit's code instead of exiting.
        code = app(standalone_mode=False)
    except OutputClosed as e:
        # Quietly, with a code of its own: 1 means findings. stdout now points at /dev/null, so the
        # interpreter's last flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        sys.exit(e.exit_code)
    except SystemExit as e:
        # Typer ends any other command whose stdout closed (`tcheck audit ... | true`) with exit 1, the
        # code of findings, having wrapped the streams to say nothing more: the same 141 as a check.
        if e.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            sys.exit(OutputClosed.exit_code)
        raise
    except Interrupted as e:
        typer.echo(f"tcheck: {e}", err=True)
        sys.exit(e.exit_code)
    except TcheckError as e:
        typer.echo(f"tcheck: error: {e}", err=True)
        sys.exit(e.exit_code)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("tcheck: aborted", err=True)
        sys.exit(130)
    except Exception as e:  # usage errors and anything unforeseen: one line, never a traceback
        if hasattr(e, "show") and hasattr(e, "format_message"):  # typer's (vendored) click exceptions
            if e.format_message():
                typer.echo(f"tcheck: error: {e.format_message()}", err=True)
            sys.exit(2)
        debug = os.environ.get("TCHECK_DEBUG")
        if debug:
            traceback.print_exc()  # and still exit 3: 1 would read as findings
        hint = "" if debug else " (set TCHECK_DEBUG=1 for details)"
        typer.echo(f"tcheck: internal error: {type(e).__name__}: {e}{hint}", err=True)
        sys.exit(3)
    if code == Interrupted.exit_code:  # typer hands Ctrl-C back as the code a shell gives SIGINT
        typer.echo("tcheck: interrupted", err=True)
    sys.exit(code if isinstance(code, int) else 0)
