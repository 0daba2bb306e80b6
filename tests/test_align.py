import numpy as np

from tcheck import align
from tcheck.align import AlignConfig, Similarity, build_beads, link, merge_candidates


def test_link_follows_meaning_across_reordering():
    sim = Similarity.of([
        [0.1, 0.9, 0.2],
        [0.95, 0.1, 0.1],
        [0.2, 0.1, 0.2],
    ])
    assert link(sim)[0] == [(0, 1), (1, 0)]  # row 2 is too far from everything: dropped


def test_unlinked_both_sides_become_added_and_dropped():
    sim = Similarity.of([[0.9, 0.1], [0.1, 0.2]])
    links = link(sim)[0]
    beads = build_beads(sim, links, [], [], [])
    assert [(b.original, b.translation) for b in beads] == [((0,), (0,)), ((1,), ()), ((), (1,))]


def test_split_sentence_joins_when_joined_text_pays():
    # Original 0 was split into translation 0 + 1.
    sim = Similarity.of([[0.85, 0.45], [0.1, 0.1]])
    links = link(sim, AlignConfig(link=0.5))[0]
    cands = merge_candidates(links, 2, 2)
    assert any(c.side == "translation" and c.loose == 1 and c.anchor == 0 for c in cands)
    joined = [0.9 if (c.side, c.loose) == ("translation", 1) else 0.0 for c in cands]
    overlap = [0.6 if (c.side, c.loose) == ("translation", 1) else 0.0 for c in cands]
    beads = build_beads(sim, links, cands, joined, overlap)
    assert ((0,), (0, 1)) in [(b.original, b.translation) for b in beads]


def test_added_sentence_next_to_a_link_stays_added():
    sim = Similarity.of([[0.9, 0.3]])
    links = link(sim)[0]
    cands = merge_candidates(links, 1, 2)
    beads = build_beads(sim, links, cands, [0.8] * len(cands), [0.1] * len(cands))
    assert [(b.original, b.translation) for b in beads] == [((0,), (0,)), ((), (1,))]


def test_the_assignment_gives_strong_and_weak_links_at_once():
    sim = Similarity.of([[0.9, 0.1], [0.1, 0.3]])
    strong, weak = link(sim, AlignConfig(link=0.5, weak_link=0.25))
    assert strong == [(0, 0)] and weak == [(1, 1)]


def _dense_assignment(sim: np.ndarray, weight: float) -> list[tuple[int, int]]:
    """The assignment over every pair, as alignment ran before it went sparse."""
    from scipy.optimize import linear_sum_assignment

    n, m = sim.shape
    score = sim + weight * align.position_prior(np.arange(n), n, m)
    rows, cols = linear_sum_assignment(-score)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols) if score[i, j] > 0)


def test_the_exact_assignment_is_scipys_optimum():
    from scipy.optimize import linear_sum_assignment

    rng = np.random.default_rng(7)
    for n, m in ((1, 1), (1, 9), (9, 1), (12, 12), (30, 17), (17, 30), (80, 95)):
        sim = Similarity.of(rng.uniform(-0.2, 1.0, size=(n, m)))
        ours = align._assignment(sim, AlignConfig(position_weight=0.1))
        score = sim.original @ sim.translation.T + 0.1 * align.position_prior(np.arange(n), n, m)
        rows, cols = linear_sum_assignment(-score)
        assert ours == sorted(zip(rows.tolist(), cols.tolist()))


def _unit(rng, n: int, d: int = 16) -> np.ndarray:
    v = rng.normal(size=(n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_the_sparse_assignment_finds_what_the_full_one_finds():
    rng = np.random.default_rng(3)
    for n, m in ((40, 40), (60, 45), (30, 70), (150, 120)):
        original = _unit(rng, n)
        # A translation: the original's sentences reordered, some rewritten a little, some new.
        order = rng.permutation(n)[:min(n, m)]
        translation = np.concatenate([original[order] + 0.3 * _unit(rng, len(order)), _unit(rng, m - len(order))])
        translation /= np.linalg.norm(translation, axis=1, keepdims=True)
        sim = Similarity(original, translation)
        assert align._sparse_assignment(sim, AlignConfig()) == _dense_assignment(original @ translation.T, 0.1)


def test_a_paragraph_moved_from_the_end_to_the_top_keeps_its_links():
    rng = np.random.default_rng(5)
    original = _unit(rng, 3_000)  # past EXACT_CELLS: the sparse assignment
    moved = np.concatenate([original[2_900:], original[:2_900]])  # the last 100 sentences now open the text
    strong, _ = link(Similarity(original, moved))
    assert strong == [(i, (i + 100) % 3_000) for i in range(3_000)]


def test_memory_follows_the_sentences_not_their_product(monkeypatch):
    """No array of shape (n, m) is built: the blocks are capped, and so is the graph."""
    rng = np.random.default_rng(7)
    monkeypatch.setattr(align, "BLOCK_CELLS", 1_000)
    monkeypatch.setattr(align, "EXACT_CELLS", 1_000)
    seen = []
    real = align._blocks

    def watched(rows, width):
        for block in real(rows, width):
            seen.append(len(block) * width)
            yield block

    monkeypatch.setattr(align, "_blocks", watched)
    original = _unit(rng, 300)
    sim = Similarity(original, original[::-1].copy())
    assert link(sim)[0] == [(i, 299 - i) for i in range(300)]
    assert seen and max(seen) <= 1_000
    assert len(align._candidates(sim, 0.1)[0]) <= 2 * align.NEIGHBOURS * 300


def test_an_unlinked_sentence_keeps_its_best_similarity():
    sim = Similarity.of([[0.9, 0.1, 0.2], [0.1, 0.2, 0.3]])
    beads = build_beads(sim, [(0, 0)], [], [], [])
    assert [(b.original, b.translation, round(b.similarity, 3)) for b in beads] == [
        ((0,), (0,), 0.9), ((1,), (), 0.3), ((), (1,), 0.2), ((), (2,), 0.3)]


def test_a_sentence_is_in_its_slot_between_the_same_linked_neighbours():
    links = {(0, 0), (2, 2), (3, 4)}
    assert align.in_slot(1, 1, links, 5, 6)  # between (0, 0) and (2, 2)
    assert not align.in_slot(3, 3, links, 5, 6)  # no link follows at (4, 4)
    assert align.in_slot(4, 5, links, 5, 6)  # after (3, 4), at both documents' ends
    assert not align.in_slot(4, 4, links, 5, 6)  # the translation goes on past it
    assert align.in_slot(0, 0, set(), 1, 1)  # one sentence a side
