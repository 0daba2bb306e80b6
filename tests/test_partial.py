import numpy as np
import pytest

from tcheck import partial
from tcheck.claims import ClaimConfig
from tcheck.types import Bead

CFG = ClaimConfig(span_words=3)


def run(embedder, original, translation, beads):
    eo, ee = embedder.embed_batch(original), embedder.embed_batch(translation)
    found = partial.find(beads, original, translation, eo, ee, embedder, CFG)
    return partial.reunite(beads, found, original, translation, ee, eo, embedder, CFG)


def test_a_lost_clause_is_found_and_a_rewording_is_not(embedder):
    original = ["The government will raise the retirement age to 67 and cut pension payments for high earners.",
                "The council approved plans for a cycle path on Monday."]
    translation = ["The government will raise the retirement age to 67.",
                   "On Monday the council gave the go-ahead to plans for a cycle path."]
    beads, found = run(embedder, original, translation, [Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.9)])
    assert found == {0: (["cut pension payments for high earners"], [])}


def test_a_clause_moved_into_a_sentence_of_its_own_is_put_back(embedder):
    original = ["The money, which is expected to raise around 1.2 million pounds a year, will pay for footpaths.",
                "Visitors welcomed the plan."]
    translation = ["The money will pay for footpaths.", "Visitors welcomed the plan.",
                   "The tax is expected to raise about 1.2 million pounds a year."]
    beads = [Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.95), Bead((), (2,), 0.0)]
    beads, found = run(embedder, original, translation, beads)
    assert beads == [Bead((0,), (0, 2), 0.8), Bead((1,), (1,), 0.95)]
    assert found == {}


def test_a_clause_moved_across_a_sentence_boundary_joins_the_two_beads(embedder):
    # Two MT systems split one paragraph in different places: "A. B, C." / "A, B. C."
    original = ["Reporters saw five new products, four of them from ICBC Wealth Management.",
                "Their shortest holding periods were 365, 540 and 720 days, with benchmarks of 3.7% to 5.75% a year."]
    translation = ["Reporters saw five new products, four from ICBC Wealth Management, with shortest holding "
                   "periods of 365, 540 and 720 days.",
                   "The benchmarks were 3.7% to 5.75% a year."]
    original.append("The bank did not comment.")  # a sentence the translation dropped stays as it was
    beads, found = run(embedder, original, translation,
                       [Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.7), Bead((2,), (), 0.1)])
    assert beads == [Bead((0, 1), (0, 1), 0.8), Bead((2,), (), 0.1)]
    assert found == {}


def test_a_claim_that_the_next_sentence_repeats_is_still_lost(embedder):
    original = ["The council will cut bus fares by ten percent and build a new depot in Bergen.",
                "The new depot in Bergen will open in 2026."]
    translation = ["The council will cut bus fares by ten percent.", "The new depot in Bergen will open in 2026."]
    beads, found = run(embedder, original, translation, [Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.95)])
    assert beads == [Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.95)]
    assert [d for d, _ in found.values()] == [["build a new depot in Bergen"]]


def test_an_unrelated_lone_sentence_stays_an_added_claim(embedder):
    original = ["The money, which is expected to raise around 1.2 million pounds a year, will pay for footpaths."]
    translation = ["The money will pay for footpaths.", "The mayor was re-elected in May."]
    beads = [Bead((0,), (0,), 0.8), Bead((), (1,), 0.0)]
    new_beads, found = run(embedder, original, translation, beads)
    assert new_beads == beads
    assert [len(d) for d, _ in found.values()] == [1]


def test_a_word_the_other_side_implies_is_no_claim_and_one_it_does_not_is(embedder):
    original = ['"It survived remarkably well," she told a press conference.',
                "The injured climber was brought to the hospital in Førde."]
    translation = ['"It survived remarkably well," she told reporters at a press conference.',
                   "The injured climber was brought by helicopter to the hospital in Førde."]
    beads, found = run(embedder, original, translation, [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)])
    assert found == {1: ([], ["helicopter"])}


def test_rewordings_past_max_runs_are_not_read_and_the_piece_stands_as_the_ablation_test_found_it(embedder,
                                                                                                 monkeypatch):
    original = ['"It survived remarkably well," she told a press conference.']
    translation = ['"It survived remarkably well," she told reporters at a press conference.']
    assert run(embedder, original, translation, [Bead((0,), (0,), 0.9)])[1] == {}  # implied
    monkeypatch.setattr(partial, "MAX_RUNS", 3)
    assert run(embedder, original, translation, [Bead((0,), (0,), 0.9)])[1] == {0: ([], ["reporters"])}


QUAKE = ("Monday's 7.8-magnitude quake, which continued with several strong aftershocks in Turkey and Syria, was "
         "the seventh deadliest natural disaster this century, surpassing Japan's 2011 earthquake and tsunami and "
         "approaching the 2003 quake in neighbouring Iran that killed 31,000 people")


def test_a_clause_too_short_to_move_a_long_sentence_is_found_by_its_unmatched_words(embedder):
    original, translation = [QUAKE + "."], [QUAKE + ", while sales rose by nearly half compared to the previous year."]
    beads = [Bead((0,), (0,), 0.9)]
    eo, ee = embedder.embed_batch(original), embedder.embed_batch(translation)
    by_gain = ClaimConfig(translated_gain=0.03).translated()
    assert partial.find(beads, original, translation, eo, ee, embedder, by_gain) == {}  # cutting it gains little
    by_words = ClaimConfig(translated_gain=0.03, translated_support=0.5).translated()
    found = partial.find(beads, original, translation, eo, ee, embedder, by_words)
    assert found == {0: ([], ["while sales rose by nearly half compared to the previous year."])}
    faithful = [QUAKE.replace("strong", "powerful") + "."]
    assert partial.find(beads, original, faithful, eo, embedder.embed_batch(faithful), embedder, by_words) == {}


def test_token_vectors_are_read_a_few_beads_at_a_time_with_the_same_findings(embedder, monkeypatch):
    original = [QUAKE + ".", "The council approved the plan on Monday."]
    translation = [QUAKE + ", while sales rose by nearly half compared to the previous year.",
                   "The council approved the plan on Monday, and the mayor promised new bus lanes by the summer."]
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)]
    eo, ee = embedder.embed_batch(original), embedder.embed_batch(translation)
    cfg = ClaimConfig(translated_gain=0.03, translated_support=0.5).translated()
    whole = partial.find(beads, original, translation, eo, ee, embedder, cfg)
    monkeypatch.setattr(partial, "TOKEN_CHUNK", 1)
    assert partial.find(beads, original, translation, eo, ee, embedder, cfg) == whole and len(whole) == 2


def test_a_clause_that_nothing_on_the_other_side_resembles_is_found_though_cutting_it_gains_little(embedder):
    """Another story's clause appended to a long sentence moves it little, and its tokens, read in that
    sentence, match it fairly; read alone, it is like no run of the other side's words."""
    original = [QUAKE + "."]
    translation = [QUAKE + ", and 411 public fund sales institutions."]
    beads = [Bead((0,), (0,), 0.9)]
    eo, ee = embedder.embed_batch(original), embedder.embed_batch(translation)
    blind = ClaimConfig(translated_gain=0.03).translated()
    assert partial.find(beads, original, translation, eo, ee, embedder, blind) == {}
    matched = ClaimConfig(translated_gain=0.03, unmatched=0.25).translated()
    found = partial.find(beads, original, translation, eo, ee, embedder, matched)
    assert found == {0: ([], ["and 411 public fund sales institutions."])}
    reworded = [QUAKE.replace("strong", "powerful") + ", as officials said."]
    assert partial.find(beads, [QUAKE + ", officials said."], reworded, eo, embedder.embed_batch(reworded), embedder,
                        matched) == {}


def test_the_other_sides_runs_are_read_only_for_the_candidates_the_ablation_test_passed_over(embedder):
    side = partial._Side(0, "added", ["a b c", "d e f"], np.array([0.5, 0.0]), None, "a b c d e f", "x y z", [])
    likest = partial.matches([side], embedder, ClaimConfig(gain=0.0, unmatched=0.25))
    assert likest[0][0] == 1.0 and likest[0][1] < 1.0  # "a b c" passed already
    assert partial.matches([side], embedder, ClaimConfig()) == [None]


def test_runs_past_max_runs_are_not_read_and_their_candidate_stands_as_the_ablation_test_read_it(embedder, monkeypatch):
    side = partial._Side(0, "added", ["d e f", "g h"], np.array([0.0, 0.0]), None, "a b c d e f g h", "x y z w", [])
    cfg = ClaimConfig(gain=0.0, unmatched=0.25)
    assert all(m < 1.0 for m in partial.matches([side], embedder, cfg)[0])
    monkeypatch.setattr(partial, "MAX_RUNS", 3)  # "x y z", "y z w", the clause "x y z w": the second's runs pass it
    first, second = partial.matches([side], embedder, cfg)[0]
    assert first < 1.0 and second == 1.0


class Counting:
    """The embedder, and the texts of each of its calls."""

    def __init__(self, inner):
        self.inner, self.calls = inner, []

    def embed_batch(self, texts):
        self.calls.append(list(texts))
        return self.inner.embed_batch(texts)


def test_the_likest_looking_runs_are_read_first_and_the_rest_only_where_none_of_them_reaches_unmatched(embedder,
                                                                                                     monkeypatch):
    cfg = ClaimConfig(gain=0.0, unmatched=0.25)
    reworded = partial._Side(0, "added", ["the mayor promised new bus lanes"], np.array([0.0]), None, "",
                             "By the summer, the mayor promised, there will be new lanes for buses in the city.", [])
    counting = Counting(embedder)
    assert partial.matches([reworded], counting, cfg)[0][0] >= 0.25
    assert [len(c) for c in counting.calls] == [1 + partial.FIRST_RUNS]
    lent = partial._Side(0, "added", ["and 411 public fund sales institutions."], np.array([0.0]), None, "",
                         QUAKE + ".", [])
    counting = Counting(embedder)
    staged = partial.matches([lent], counting, cfg)[0][0]
    assert len(counting.calls) == 2 and staged < 0.25
    monkeypatch.setattr(partial, "FIRST_RUNS", 10_000)  # every run read at once
    assert staged == pytest.approx(partial.matches([lent], embedder, cfg)[0][0], abs=1e-5)
