"""The Ray engine: the same chunks and workers as the local engine, in Ray actors, for scaling out.

`--workers N` starts N actors (one CPU each), each loading its models once. Without `--ray-address`
a local Ray instance is started (and stopped after the audit); with it, the audit joins that cluster.
Every node needs tcheck installed (with its models); the driver alone writes the state DB and the
reports, so only the cache of the models' outputs, kept at the same path on each node, is per node.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from concurrent.futures import Future

from ..errors import TcheckError
from .engine import OnResults, feed
from .records import PairResult, Task, WorkerSettings
from .worker import Worker


class _Actor:
    def __init__(self, settings: WorkerSettings):
        self._worker = Worker(settings)

    def run_chunk(self, chunk: list[Task]) -> list[PairResult]:
        return self._worker.run_chunk(chunk)


def run(chunks: Iterable[list[Task]], settings: WorkerSettings, workers: int, on_results: OnResults,
        address: str | None = None) -> None:
    try:
        import ray
    except ImportError:
        raise TcheckError("--engine ray needs Ray: pip install 'tcheck[ray]'") from None
    started = not ray.is_initialized()
    if started:
        kwargs = {"address": address} if address else {"num_cpus": max(workers, 1)}
        try:
            ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False, **kwargs)
        except ConnectionError as e:  # --ray-address names no running cluster
            raise TcheckError(f"--ray-address {address}: {str(e).splitlines()[0]}") from None
    actor_class = ray.remote(num_cpus=1)(_Actor)
    actors = [actor_class.remote(settings) for _ in range(max(workers, 1))]
    load: Counter = Counter({i: 0 for i in range(len(actors))})

    def submit(chunk: list[Task]) -> Future:
        i = min(load, key=load.__getitem__)  # the actor with the fewest chunks queued
        load[i] += 1
        future = actors[i].run_chunk.remote(chunk).future()
        future.add_done_callback(lambda _: load.update({i: -1}))
        return future

    try:
        feed(iter(chunks), submit, 2 * len(actors), on_results)
    except ray.exceptions.RayTaskError as e:
        cause = getattr(e, "cause", None)
        if isinstance(cause, TcheckError):
            raise type(cause)(str(cause)) from None
        raise TcheckError(f"a Ray worker failed: {type(cause).__name__}: {cause}") from None
    finally:
        for a in actors:
            ray.kill(a)
        if started:
            ray.shutdown()
