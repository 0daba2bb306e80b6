import numpy as np

from tcheck.marker import Marker


def test_a_verifier_without_a_marker_has_none(tmp_path):
    assert Marker.of({"labels": ["faithful"]}, tmp_path) is None


def test_the_marker_reads_each_tokens_hidden_state(tmp_path):
    # One unit that passes the first dimension of the state on: log-odds 4 x0 - 2.
    np.savez(tmp_path / "m.npz", w1=np.array([[1.0], [0.0]], dtype=np.float16), b1=np.zeros(1, np.float16),
             w2=np.array([4.0], np.float16), b2=np.array([-2.0], np.float16))
    marker = Marker.of({"marker": {"file": "m.npz"}}, tmp_path)
    hidden = np.array([[0.0, 9.0], [1.0, -9.0], [2.0, 0.0]])
    marks = marker.marks([(0, 3), (4, 10), (10, 10)], hidden)
    assert [m[:2] for m in marks] == [(0, 3), (4, 10)]  # a token of no width marks nothing
    assert [m[2] for m in marks] == [-2.0, 2.0]
