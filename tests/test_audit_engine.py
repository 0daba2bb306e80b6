"""The local engine's process pool: a worker that dies costs one error row, never the audit."""
import dying_worker

from tcheck.audit import engine
from tcheck.audit.records import Side, Task, WorkerSettings


def tasks(*ids):
    side = Side("text", "x.txt", "x.txt")
    return [Task(i, f"key-{i}", side, side) for i in ids]


def test_a_pair_that_kills_its_worker_is_an_error_row_and_the_rest_goes_on():
    chunks = [tasks("a", "b", "killer", "c"), tasks("d", "e"), tasks("f", "g", "h")]
    results = []
    engine.run(iter(chunks), WorkerSettings(), 2, results.extend, init=dying_worker.init, job=dying_worker.job)
    by_id = {r.id: r for r in results}
    assert sorted(by_id) == sorted("abcdefgh") + ["killer"] and len(results) == 9  # none lost, none twice
    assert all(by_id[i].status == "ok" for i in "abcdefgh")
    assert by_id["killer"].status == "error" and "worker process died" in by_id["killer"].error
    assert by_id["killer"].error_kind == "input"  # kept until its files change, not retried forever


def test_a_chunk_that_runs_out_of_memory_is_checked_pair_by_pair():
    chunks = [tasks("a", "hog", "b"), tasks("c", "d")]
    results = []
    engine.run(iter(chunks), WorkerSettings(), 2, results.extend, init=dying_worker.init, job=dying_worker.job)
    by_id = {r.id: r for r in results}
    assert sorted(by_id) == ["a", "b", "c", "d", "hog"] and len(results) == 5
    assert all(by_id[i].status == "ok" for i in "abcd")
    assert (by_id["hog"].status, by_id["hog"].error_kind) == ("error", "budget")  # a rerun with more memory retries it
    assert "ran out of memory" in by_id["hog"].error
