import numpy as np
import pytest

from tcheck.marker import Marker


def test_a_verifier_without_a_marker_has_none():
    assert Marker.of({"labels": ["faithful"]}) is None


def test_the_marker_reads_each_tokens_hidden_state():
    marker = Marker.of({"marker": {"weight": [4.0, 0.0], "bias": -2.0}})
    hidden = np.array([[0.0, 9.0], [1.0, -9.0], [2.0, 0.0]])
    marks = marker.marks([(0, 3), (4, 10), (10, 10)], hidden)
    assert [m[:2] for m in marks] == [(0, 3), (4, 10)]  # a token of no width marks nothing
    assert marks[0][2] == pytest.approx(1 / (1 + np.exp(2)), abs=1e-4)
    assert marks[1][2] == pytest.approx(1 / (1 + np.exp(-2)), abs=1e-4)
