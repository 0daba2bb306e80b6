"""The local engine: chunks of pairs checked in a process pool, or in this process (one worker, no memory budget).

Every engine has the same shape: `run(chunks, settings, workers, on_results)`. Chunks are pulled
lazily and at most two per worker are in flight, so memory does not grow with the archive; results
come back to the driver, which alone writes the state DB and the report files.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from .records import PairResult, Task, WorkerSettings
from .worker import Worker

OnResults = Callable[[list[PairResult]], None]
log = logging.getLogger("tcheck")


def run(chunks: Iterable[list[Task]], settings: WorkerSettings, workers: int, on_results: OnResults,
        init: Callable[[WorkerSettings], None] | None = None,
        job: Callable[[list[Task]], list[PairResult]] | None = None) -> None:
    """`init` and `job` replace the worker's model loading and chunk checking (tests make a worker die).
    A single worker runs in this process only without a memory budget (see budget.py)."""
    if workers <= 1 and job is None and settings.memory is None:
        worker = None
        for chunk in chunks:
            worker = worker or Worker(settings)  # no models loaded when nothing is pending
            on_results(worker.run_chunk(chunk))
        return
    pool = _Pool(settings, workers, init or _init, job or _run_chunk)
    try:
        feed(iter(chunks), pool.submit, 2 * workers, on_results,
             recover=lambda e: isinstance(e, (BrokenProcessPool, MemoryError)))
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (run.py): the chunks under way are checked again next run
        pool.stop()
        raise
    finally:
        pool.shutdown()


DIED = "its worker process died while checking it, alone (out of memory, or killed)"
NO_MEMORY = "its worker ran out of memory while checking it, alone (--worker-memory)"


def feed(chunks: Iterator[list[Task]], submit: Callable[[list[Task]], Future], depth: int, on_results: OnResults,
         recover: Callable[[BaseException], bool] | None = None) -> None:
    """Keep `depth` chunks in flight; hand each finished chunk's results to `on_results` as it lands.

    When a worker dies or runs out of memory outside any one pair's check (`recover` says which
    errors mean that), every pair that was in flight is a suspect. Suspects are checked one at a time
    with nothing else in flight, so a failure then is that pair's own: it becomes an error row, and
    every other pair, and the rest of the audit, go on.
    """
    inflight: dict[Future, list[Task]] = {}
    suspects: deque[Task] = deque()
    isolated: set[Future] = set()

    def top_up() -> None:
        if suspects:
            if not inflight:
                task = suspects.popleft()
                future = submit([task])
                inflight[future] = [task]
                isolated.add(future)
            return
        while len(inflight) < depth:
            chunk = next(chunks, None)
            if chunk is None:
                return
            inflight[submit(chunk)] = chunk

    top_up()
    while inflight:
        done, _ = wait(inflight, return_when=FIRST_COMPLETED)
        for f in done:
            chunk = inflight.pop(f)
            try:
                results = f.result()
            except Exception as e:
                if recover is None or not recover(e):
                    raise
                if f in isolated:
                    failed = (NO_MEMORY, "budget") if isinstance(e, MemoryError) else (DIED, "input")
                    on_results([PairResult.failed(chunk[0].id, chunk[0].key, *failed)])
                else:
                    suspects.extend(chunk)
                continue
            finally:
                isolated.discard(f)
            on_results(results)
        top_up()


class _Pool:
    """A process pool that is started afresh when a worker dies (the old one is broken for good)."""

    def __init__(self, settings: WorkerSettings, workers: int, init, job):
        self._args, self._job = (settings, workers, init), job
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        settings, workers, init = self._args
        # spawn, not fork: the driver has threads (the progress bar) and maybe torch loaded.
        return ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"), initializer=init, initargs=(settings,))

    def submit(self, chunk: list[Task]) -> Future:
        try:
            return self._pool.submit(self._job, chunk)
        except BrokenProcessPool:
            log.warning("a worker process died; starting the pool again")
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            return self._pool.submit(self._job, chunk)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def stop(self) -> None:
        """End the workers now, not after their chunks: a supervisor's SIGKILL follows its SIGTERM within
        seconds (docker's 10), and waiting for a chunk of slow pairs took a minute. The executor has no
        public way to end its processes before Python 3.14."""
        for process in list(getattr(self._pool, "_processes", {}).values()):
            process.terminate()
        self._pool.shutdown(wait=False, cancel_futures=True)


_worker: Worker | None = None


def _init(settings: WorkerSettings) -> None:
    global _worker
    _orphan_guard()
    _worker = Worker(settings)


def _orphan_guard() -> None:
    """A worker whose driver is gone ends itself within a second: a SIGKILLed driver shuts nothing
    down, and its workers (300 MB each) ran on for good."""
    driver = os.getppid()

    def watch() -> None:
        while os.getppid() == driver:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="tcheck-orphan-guard").start()


def _run_chunk(chunk: list[Task]) -> list[PairResult]:
    assert _worker is not None
    return _worker.run_chunk(chunk)
