"""The local engine: chunks of pairs checked in this process (one worker) or in a process pool.

Every engine has the same shape: `run(chunks, settings, workers, on_results)`. Chunks are pulled
lazily and at most two per worker are in flight, so memory does not grow with the archive; results
come back to the driver, which alone writes the state DB and the report files.
"""
from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from .records import PairResult, Task, WorkerSettings
from .worker import Worker

OnResults = Callable[[list[PairResult]], None]


def run(chunks: Iterable[list[Task]], settings: WorkerSettings, workers: int, on_results: OnResults) -> None:
    if workers <= 1:
        worker = None
        for chunk in chunks:
            worker = worker or Worker(settings)  # no models loaded when nothing is pending
            on_results(worker.run_chunk(chunk))
        return
    # spawn, not fork: the driver has threads (the progress bar) and maybe torch loaded.
    pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"), initializer=_init, initargs=(settings,))
    try:
        feed(iter(chunks), lambda chunk: pool.submit(_run_chunk, chunk), 2 * workers, on_results)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def feed(chunks: Iterator[list[Task]], submit: Callable[[list[Task]], Future], depth: int, on_results: OnResults) -> None:
    """Keep `depth` chunks in flight; hand each finished chunk's results to `on_results` as it lands."""
    inflight: set[Future] = set()

    def top_up() -> None:
        while len(inflight) < depth:
            chunk = next(chunks, None)
            if chunk is None:
                return
            inflight.add(submit(chunk))

    top_up()
    while inflight:
        done, _ = wait(inflight, return_when=FIRST_COMPLETED)
        for f in done:
            inflight.discard(f)
            on_results(f.result())
        top_up()


_worker: Worker | None = None


def _init(settings: WorkerSettings) -> None:
    global _worker
    _worker = Worker(settings)


def _run_chunk(chunk: list[Task]) -> list[PairResult]:
    assert _worker is not None
    return _worker.run_chunk(chunk)
