"""A worker's budgets: a pair past its time or memory budget is its own error row, and the pairs
after it are checked as if nothing happened."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from conftest import FIXTURES, ROOT
from tcheck.audit import state
from tcheck.audit.records import WorkerSettings
from tcheck.audit.worker import Worker
from test_audit_worker import BagOfWords, given, task

EN = FIXTURES / "en-rewrite"


def test_a_pair_past_its_time_is_an_error_row_and_the_next_pair_is_checked():
    original = (EN / "original.en.txt").read_text(encoding="utf-8")
    rewrite = (EN / "rewrite.en.txt").read_text(encoding="utf-8")
    worker = Worker(WorkerSettings(html=False, verifier="none", pair_timeout=1e-9))
    given(worker, BagOfWords())
    slow, = worker.run_chunk([task("slow", original, rewrite)])
    assert (slow.status, slow.error_kind) == ("error", "budget")
    assert "longer than 1e-09 s (--pair-timeout)" in slow.error
    assert "budget" in state.RETRIED  # a rerun, perhaps with a larger budget, tries it again

    worker.settings = WorkerSettings(html=False, verifier="none", pair_timeout=600)
    fine, = worker.run_chunk([task("fine", original, rewrite)])
    assert fine.status == "ok"


def test_a_pair_past_its_memory_is_an_error_row_and_its_memory_is_free_for_the_next():
    """In a process of its own, as audit workers are: the cap is the process's. The "hog" pair's
    check asks for 3 GiB, past a 1.5 GiB budget; the pair after it asks for what a check needs."""
    script = textwrap.dedent(f"""
        import json, sys
        import numpy as np
        sys.path.insert(0, {str(ROOT / 'tests')!r})
        from tcheck import pipeline
        from tcheck.audit.records import WorkerSettings
        from tcheck.audit.worker import Worker
        from test_audit_worker import BagOfWords, given, task

        real = pipeline.check
        def check(original, *args, **kwargs):
            if "hog" in original.texts[0]:
                np.ones(3 * 1024**3 // 8).sum()
            return real(original, *args, **kwargs)
        pipeline.check = check
        worker = Worker(WorkerSettings(html=False, verifier="none", memory=int(1.5 * 1024**3)))
        given(worker, BagOfWords())
        text = "The council met on Tuesday. It approved the budget."
        rows = worker.run_chunk([task("hog", "A hog. " + text, text),
                                 task("next", text, text.replace("Tuesday", "Monday"))])
        print(json.dumps([[r.id, r.status, r.error_kind, r.error] for r in rows]))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    hog, following = json.loads(done.stdout.strip().splitlines()[-1])
    assert hog[1:3] == ["error", "budget"] and "budget (1.5 GiB; --worker-memory)" in hog[3]
    assert following[1] == "ok", following


def test_a_budget_too_small_for_the_models_is_the_budgets_error_row(tmp_path):
    """The packaged models do not fit in 0.15 GiB: onnxruntime's failed allocation is the budget's, not a
    missing model's (whose advice, `tcheck models prepare`, would mend nothing)."""
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(ROOT / 'tests')!r})
        from tcheck.audit.records import WorkerSettings
        from tcheck.audit.worker import Worker
        from test_audit_worker import task

        worker = Worker(WorkerSettings(html=False, memory=int(0.15 * 1024**3)))
        files = {[str(EN / n) for n in ("original.en.txt", "rewrite.en.txt")]!r}
        original, rewrite = (open(f, encoding="utf-8").read() for f in files)
        row, = worker.run_chunk([task("small", original, rewrite)])
        print(json.dumps([row.status, row.error_kind, row.error]))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0 and "onnxruntime" not in done.stderr, done.stderr
    status, kind, error = json.loads(done.stdout.strip().splitlines()[-1])
    assert (status, kind) == ("error", "budget") and "budget (0.15 GiB; --worker-memory)" in error, error


def test_a_chunk_whose_shared_batch_runs_out_of_memory_is_checked_pair_by_pair(monkeypatch):
    original = (EN / "original.en.txt").read_text(encoding="utf-8")
    rewrite = (EN / "rewrite.en.txt").read_text(encoding="utf-8")
    worker = Worker(WorkerSettings(html=False, verifier="none"))
    given(worker, BagOfWords())

    def no_memory(prepared):
        raise MemoryError

    monkeypatch.setattr(worker, "_warm", no_memory)
    assert [r.status for r in worker.run_chunk([task("a", original, rewrite),
                                                task("b", rewrite, original)])] == ["ok", "ok"]


def test_a_budget_of_zero_or_infinity_is_no_cap():
    from tcheck.audit import budget

    assert budget.gib(0) is None and budget.gib(float("inf")) is None and budget.gib(1.5) == int(1.5 * 1024**3)


def test_a_pair_whose_preparation_fails_unforeseen_is_its_row_and_the_chunk_goes_on(monkeypatch):
    """A library that cannot load under the budget (sentencex's, mapped on first use) once ended the audit."""
    original = (EN / "original.en.txt").read_text(encoding="utf-8")
    rewrite = (EN / "rewrite.en.txt").read_text(encoding="utf-8")
    worker = Worker(WorkerSettings(html=False, verifier="none"))
    given(worker, BagOfWords())
    real = worker.checker.prepare

    def prepare(o, t, mt=None):
        if "Kingsbridge" in o.text:
            raise ImportError("failed to map segment from shared object")
        if "Marston" in o.text:
            raise MemoryError
        return real(o, t, mt)

    monkeypatch.setattr(worker.checker, "prepare", prepare)
    rows = worker.run_chunk([task("import", "Kingsbridge. " + original, rewrite),
                             task("memory", "Marston. " + original, rewrite), task("fine", original, rewrite)])
    assert [(r.status, r.error_kind) for r in rows] == [("error", "internal"), ("error", "budget"), ("ok", None)]
    assert "ImportError: failed to map segment" in rows[0].error
