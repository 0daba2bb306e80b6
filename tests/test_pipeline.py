"""pipeline.deadline: the time limit that the service's --check-timeout and the audit's
--pair-timeout share. (The pipeline itself is run end to end by the CLI, service and audit tests.)"""
from __future__ import annotations

import numpy as np
import pytest

from tcheck import pipeline
from tcheck.errors import Stopped


def test_the_deadline_counts_from_the_first_stage_not_from_when_it_was_made(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(pipeline.time, "monotonic", lambda: now[0])
    stop = pipeline.deadline(30, "--pair-timeout")
    now[0] = 500.0  # queued: not the check's fault
    stop()
    now[0] = 529.0
    stop()  # within
    now[0] = 531.0
    with pytest.raises(Stopped, match=r"longer than 30 s \(--pair-timeout\)"):
        stop()


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_limit_is_no_stop(seconds):
    assert pipeline.deadline(seconds, "--pair-timeout") is None


class _Plain:
    """A named cross-encoder: classify alone."""

    name = "plain"

    def classify(self, originals, renderings):
        return np.array([[0.9, 0.1, 0.0, 0.0]] * len(originals))


class _Sharp(_Plain):
    """tcheck's packaged verifier: its probabilities, and the same moved by token support."""

    def sharpened(self, originals, renderings, probs):
        return np.array([[0.1, 0.9, 0.0, 0.0]] * len(originals))


def test_judge_reads_the_sharpened_probabilities_where_a_verifier_offers_them():
    j, = pipeline.judge(_Sharp(), ["a"], ["b"])
    assert (round(j.changed, 3), round(j.alarm, 3)) == (0.1, 0.9)


def test_a_verifier_without_sharpening_raises_on_its_own_probabilities():
    j, = pipeline.judge(_Plain(), ["a"], ["b"])
    assert (round(j.changed, 3), round(j.alarm, 3)) == (0.1, 0.1)
