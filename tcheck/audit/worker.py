"""One audit worker: models loaded once, a chunk of pairs checked with their sentences batched together.

`run_chunk` prepares every pair (language, segments, translator), sends all sentences that need
translating through each translator as one batch, all sentences to embed through the embedder as
one batch, and then runs `pipeline.check` per pair, which finds everything in the cache.
The same class runs in-process, in a process pool and inside a Ray actor.
"""
from __future__ import annotations

import json
import logging
import time

from .. import ignore, pipeline, rendering
from ..backends.base import Translator
from ..backends.stored import Chunk, Store
from ..checker import Checker, Prepared, Source
from ..errors import InputError, Stopped, TcheckError
from ..types import Report
from . import budget
from .records import FINDING_TYPES, SEVERITIES, PairResult, Task, WorkerSettings

log = logging.getLogger("tcheck")
WARM_MOST = 1_000  # sentences a side; a longer pair is translated and embedded by itself
CACHE_WAIT = 60.0  # seconds a worker waits for another's write to the cache file


class Worker:
    def __init__(self, settings: WorkerSettings):
        self.settings = settings
        budget.limit_memory(settings.memory)  # before the models load: they count too
        # A chunk's model outputs, over the audit's file: read once, written once per chunk.
        self.outputs = Chunk(Store(settings.cache_path, rows=None, timeout=CACHE_WAIT)
                             if settings.cache_path else None)
        from .. import glossary_file, ignore_file

        self.checker = Checker(embedder_name=settings.embedder, beam_size=settings.beam, output_store=self.outputs,
                               store_named=True, threads=settings.threads, mt_engine=settings.mt_engine,
                               verifier_name=settings.verifier, ignore=ignore_file.read(settings.ignore),
                               glossary=glossary_file.read(settings.glossary),
                               config=pipeline.Config.for_sensitivity(settings.sensitivity),
                               html_selector=settings.html_selector)
        self._html = _html_renderer() if settings.html else None

    def run_chunk(self, tasks: list[Task]) -> list[PairResult]:
        """Check a chunk of pairs. A pair's own failure becomes its error row; a missing embedder raises."""
        results: dict[str, PairResult] = {}
        prepared: dict[str, Prepared] = {}
        for t in tasks:
            try:
                prepared[t.id] = self.checker.prepare(*_sources(t))
            except TcheckError as e:
                results[t.id] = PairResult.failed(t.id, t.key, str(e),
                                                  "input" if isinstance(e, InputError) else "model")
            except MemoryError:  # a library loaded on first use (the segmenter) past the budget
                results[t.id] = PairResult.failed(t.id, t.key, budget.out_of_memory(self.settings.memory), "budget")
            except Exception as e:  # as in _check: one pair's failure is its row, and the audit goes on
                log.warning("%s: internal error: %s: %s", t.id, type(e).__name__, e)
                results[t.id] = PairResult.failed(t.id, t.key, f"internal error: {type(e).__name__}: {e}", "internal")
        try:
            self._warm(list(prepared.values()))
        except MemoryError:  # the shared batch, past the budget: each pair does its own in its check
            log.warning("a chunk's shared batch needed more than the worker's memory budget; its pairs go one by one")
        for t in tasks:
            if t.id in prepared:
                results[t.id] = self._check(t, prepared[t.id])
        self.outputs.flush()
        return [results[t.id] for t in tasks]

    def _warm(self, prepared: list[Prepared]) -> None:
        """Translate, then embed, every sentence of the chunk in one batch per model. A long pair is
        left to its own check, which its time budget covers; batching pays for short ones."""
        prepared = [p for p in prepared if max(len(p.original.segments), len(p.translation.segments)) <= WARM_MOST]
        by_model: dict[int, tuple[Translator, list[str]]] = {}
        for p in prepared:
            if p.rendered is None and p.translation.lang != "en":
                by_model.setdefault(id(p.translator), (p.translator, []))[1].extend(p.translation.texts)
        for translator, texts in by_model.values():
            translator.translate_batch(list(dict.fromkeys(texts)))
        embedder = self.checker.embedder
        texts: list[str] = []
        for p in prepared:
            texts += p.original.texts + _english(p)
            if embedder.multilingual and p.translation.lang != "en":
                texts += p.translation.texts
        if texts:
            embedder.embed_batch(list(dict.fromkeys(texts)))

    def _check(self, task: Task, p: Prepared) -> PairResult:
        t0 = time.perf_counter()
        try:
            report = ignore.apply(pipeline.check(p.original, p.translation, p.translator, self.checker.embedder,
                                                 p.rendered, self.checker.config, self.checker.verifier,
                                                 stop=pipeline.deadline(self.settings.pair_timeout, "--pair-timeout"),
                                                 terms=self.checker.glossary), self.checker.ignore)
            result = _summarise(task, report)
        except Stopped as e:
            return PairResult.failed(task.id, task.key, str(e), "budget")
        except MemoryError:
            return PairResult.failed(task.id, task.key, budget.out_of_memory(self.settings.memory), "budget")
        except TcheckError as e:
            return PairResult.failed(task.id, task.key, str(e), "input" if isinstance(e, InputError) else "model")
        except Exception as e:  # one bad pair must not stop an archive; it is retried on the next run
            log.warning("%s: internal error: %s: %s", task.id, type(e).__name__, e)
            return PairResult.failed(task.id, task.key, f"internal error: {type(e).__name__}: {e}", "internal")
        if report.unreliable is not None:
            # Like an error row (summary, results.jsonl), not dozens of findings in findings.csv; the
            # reports are kept so that an editor can see what the translation step made.
            from ..render import words

            result.status, result.error_kind = "error", "unreliable"
            result.error, result.findings = words.unreliable(report.unreliable), []
        if self._html is not None:
            try:
                result.report_html = self._html(report)
            except Exception as e:
                log.warning("%s: HTML report failed: %s: %s", task.id, type(e).__name__, e)
        result.seconds = round(time.perf_counter() - t0, 4)
        return result


def _sources(t: Task) -> tuple[Source, Source, Source | None]:
    o = Source(t.original.text, t.original.name, None, t.original.filename)
    tr = Source(t.translation.text, t.translation.name, t.source_lang, t.translation.filename)
    mt = Source(t.mt.text, t.mt.name, "en", t.mt.filename) if t.mt else None
    return o, tr, mt


def _english(p: Prepared) -> list[str]:
    if p.rendered is not None:
        return rendering.pair(p.translation, p.rendered)
    if p.translation.lang == "en":
        return p.translation.texts
    return p.translator.translate_batch(p.translation.texts)


_COLUMNS = ("type", "kind", "severity", "reason", "original", "translation", "translation_en", "similarity", "chrf",
            "id", "before", "after", "verifier")


def _summarise(task: Task, report: Report) -> PairResult:
    from ..render import json as json_render

    findings = []
    for f in report.findings:
        written = json_render.finding(f)
        # The columns of the audit's tables; spans as the JSON report writes them, one string a column.
        findings.append({**{k: written[k] for k in _COLUMNS},
                         **{k: json.dumps(written[k]) for k in ("before_spans", "after_spans")}})
    return PairResult(
        task.id, task.key, "ok",
        translator=report.meta.get("translator"),
        original_lang=report.original.lang, translation_lang=report.translation.lang,
        counts={t: report.count(t) for t in FINDING_TYPES},
        severities={s: sum(1 for f in report.findings if f.severity == s) for s in SEVERITIES},
        chrf=report.scores.chrf, bleu=report.scores.bleu, coverage=report.scores.coverage, ignored=report.ignored,
        n_original=len(report.original.segments), n_translation=len(report.translation.segments),
        findings=findings, report_json=json_render.render(report),
    )


def _html_renderer():
    """tcheck.render.html's render(report) -> str, where that renderer exists; None otherwise."""
    try:
        from ..render import html
    except ImportError:
        return None
    except Exception as e:  # present but broken: JSON reports only
        log.warning("HTML reports are off: tcheck.render.html failed to import (%s)", e)
        return None
    return getattr(html, "render", None)
