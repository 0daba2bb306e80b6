"""tcheck/support.py: the token support of a pair, and how it moves the verifier's judgement."""
from __future__ import annotations

import numpy as np
import pytest

from tcheck.support import Support, Tokens, of_pairs, of_piece, unit_rows, weakest

RNG = np.random.default_rng(7)
WORDS = unit_rows(RNG.normal(size=(6, 16)))


def test_a_rendering_that_holds_every_word_supports_it_fully():
    assert weakest(WORDS, WORDS) == pytest.approx(1.0)
    assert weakest(WORDS, WORDS[::-1]) == pytest.approx(1.0)  # order does not matter


def test_a_word_with_no_match_pulls_the_support_down():
    lost = unit_rows(np.vstack([WORDS[:5], -WORDS[5]]))
    assert weakest(WORDS, lost) < weakest(WORDS, WORDS) - 0.1
    assert weakest(WORDS[:5], WORDS) == pytest.approx(1.0)  # an added word costs the original nothing


def test_an_empty_side_supports_nothing():
    assert weakest(WORDS, WORDS[:0]) == 0.0 and weakest(WORDS[:0], WORDS) == 0.0


def test_a_piece_is_read_by_its_own_tokens_alone():
    # "a b c" / the other side's tokens: a and b matched, c (characters 4-5) not.
    text = Tokens(np.array([[0, 1], [2, 3], [4, 5]]), WORDS[:3])
    other = unit_rows(np.vstack([WORDS[:2], -WORDS[2]]))
    assert of_piece(text, 0, 3, other, k=3) == pytest.approx(1.0)  # "a b": both matched
    assert of_piece(text, 4, 5, other, k=3) < 0.9 and of_piece(text, 2, 5, other, k=1) < 0.9
    assert of_piece(text, 6, 9, other) == 1.0  # a piece with no tokens says nothing
    assert of_piece(text, 0, 5, other[:0]) == 1.0


PROBS = np.array([[0.7, 0.1, 0.15, 0.05], [0.2, 0.5, 0.2, 0.1]])


def test_support_at_the_centre_or_no_weight_keeps_the_verifiers_judgement():
    assert np.allclose(Support(8.0, 0.6).sharpen(PROBS, np.array([0.6, 0.6])), PROBS, atol=1e-6)
    assert np.allclose(Support(0.0, 0.6).sharpen(PROBS, np.array([0.1, 0.9])), PROBS, atol=1e-6)


def test_weak_support_raises_p_changed_and_keeps_the_kinds_proportions():
    out = Support(8.0, 0.6).sharpen(PROBS, np.array([0.3, 0.9]))
    assert out[0, 0] < PROBS[0, 0] and out[1, 0] > PROBS[1, 0]
    assert np.allclose(out.sum(axis=1), 1.0, atol=1e-6)
    assert np.allclose(out[:, 1:] / out[:, 1:].sum(axis=1, keepdims=True),
                       PROBS[:, 1:] / PROBS[:, 1:].sum(axis=1, keepdims=True), atol=1e-6)


def test_support_is_read_from_a_verifiers_settings():
    assert Support.of({"labels": []}) is None
    assert Support.of({"support": {"weight": 8, "centre": 0.6}}) == Support(8.0, 0.6, 3)


def test_pairs_are_read_a_chunk_at_a_time_with_the_same_numbers():
    table = {"a": WORDS, "b": WORDS[:3], "c": unit_rows(np.vstack([WORDS[:5], -WORDS[5]]))}
    asked = []

    def tokens(texts):
        asked.append(list(texts))
        return [table[t] for t in texts]

    whole = of_pairs(["a", "a", "b"], ["a", "c", "a"], tokens)
    assert asked == [["a", "b", "c"]]  # each text once
    assert np.allclose(of_pairs(["a", "a", "b"], ["a", "c", "a"], tokens, chunk=1), whole)
    assert max(len(t) for t in asked[1:]) <= 2
    assert np.allclose(whole, [weakest(WORDS, WORDS), weakest(WORDS, table["c"]), weakest(WORDS[:3], WORDS)])
