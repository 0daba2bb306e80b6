"""Where the packaged models' ONNX exports live, and whether they are current. No torch here.

An export sits in the user's cache (TCHECK_CACHE, else $XDG_CACHE_HOME/tcheck, else ~/.cache/tcheck),
in a folder named for the weights it came from: their path, size and modification time, so that a
reinstalled model or a retrained verifier is exported afresh and an old export is never read.
`tcheck models prepare` (or a check's first run) writes it, through tcheck/backends/export.py.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from ..cache import cache_dir, stat_key
from ..errors import ModelMissing, TcheckError

EMBEDDER = "all-MiniLM-L6-v2"
VERIFIER = "tcheck-verifier"
BACKENDS = ("onnx", "torch")


def backend() -> str:
    """TCHECK_BACKEND=torch runs the packaged models on sentence-transformers, as before ONNX."""
    chosen = os.environ.get("TCHECK_BACKEND", "onnx").strip().lower() or "onnx"
    if chosen not in BACKENDS:
        from ..errors import InputError

        raise InputError(f"TCHECK_BACKEND={chosen!r}: use {' or '.join(BACKENDS)}")
    return chosen


def sources(model: str) -> list[Path]:
    """The files that an export of `model` is made from: its weights, and the exporter itself (a
    changed exporter exports afresh)."""
    from .sbert import default_model_path

    exporter = Path(__file__).with_name("export.py")
    base = default_model_path() / "model.safetensors"
    if model == EMBEDDER:
        return [base, exporter]
    from .verifier import weight_files

    return [base, exporter, *weight_files()]


def folder(model: str) -> Path:
    """The export of `model` (EMBEDDER or VERIFIER) for the weights installed now; it may not exist yet."""
    return cache_dir() / "onnx" / f"{model}-{stat_key(sources(model))}"


def ready(model: str, announce: bool = True) -> Path:
    """The export of `model`, made first (once, with torch) if it is missing: a check says so on
    stderr (`announce`); `tcheck models prepare`, which is asked to, does not."""
    target = folder(model)
    if not (target / "tcheck.json").exists():
        if model not in (EMBEDDER, VERIFIER):
            raise ModelMissing(f"no packaged model {model!r} to prepare")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:  # the tables and outputs cost only time without a cache; the models cannot run
            raise TcheckError(f"cannot keep the model exports in {target.parent} ({e.strerror or e}): set "
                              f"TCHECK_CACHE to a folder that tcheck may write") from None
        if announce:
            print(f"tcheck: preparing {model} for fast start (once; `tcheck models prepare` does it ahead)...",
                  file=sys.stderr, flush=True)
        from . import export

        (export.embedder if model == EMBEDDER else export.verifier)(target, sources(model))
        prune(model, target)
    return target


def prune(model: str, keep: Path) -> None:
    """Remove the exports of `model` that no installation can read again: each names its source files
    in tcheck.json, and its folder is named for their stats, so an export whose sources are gone (a
    deleted clone or environment) or changed (a checkout, a reinstall, a retrained verifier) would be
    made afresh, under another name. One export is 90 MB. An export of another installation whose
    sources stand as they were stays; so does one being written (no tcheck.json yet). One made before
    exports named their sources goes: its installation, if it stands, makes it again once."""
    for other in keep.parent.glob(f"{model}-*"):
        if other == keep or not other.is_dir():
            continue
        try:
            named = json.loads((other / "tcheck.json").read_text(encoding="utf-8")).get("sources")
        except (OSError, ValueError):
            continue  # half-written, or being written by another process: not ours to judge
        if not named or other.name != f"{model}-{stat_key([Path(path) for path in named])}":
            shutil.rmtree(other, ignore_errors=True)


def for_name(model: str, name: str | None, announce: bool = True) -> Path | None:
    """The ready export when `name` (None: the default) is the packaged `model` and the backend is
    ONNX; None where the model runs on sentence-transformers."""
    if name not in (None, model) or backend() != "onnx":
        return None
    return ready(model, announce)


def ahead(embedder: str | None, verifier: str | None, announce: bool = True) -> None:
    """Export the packaged models that a check with these names will run, before it runs: once in an
    audit's main process rather than in every worker, and silently for `check -q`."""
    from ..choices import NO_VERIFIER

    for_name(EMBEDDER, embedder, announce)
    if verifier != NO_VERIFIER:
        for_name(VERIFIER, verifier, announce)


def threads(concurrent: int = 1) -> int:
    """Threads for one model call: the cores this process may use, shared by the checks run at once."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores // max(1, concurrent))
