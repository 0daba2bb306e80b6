import numpy as np

from tcheck.align import AlignConfig, build_beads, link, merge_candidates


def test_link_follows_meaning_across_reordering():
    sim = np.array([
        [0.1, 0.9, 0.2],
        [0.95, 0.1, 0.1],
        [0.2, 0.1, 0.2],
    ])
    assert link(sim)[0] == [(0, 1), (1, 0)]  # row 2 is too far from everything: dropped


def test_unlinked_both_sides_become_added_and_dropped():
    sim = np.array([[0.9, 0.1], [0.1, 0.2]])
    links = link(sim)[0]
    beads = build_beads(sim, links, [], [], [])
    assert [(b.original, b.translation) for b in beads] == [((0,), (0,)), ((1,), ()), ((), (1,))]


def test_split_sentence_joins_when_joined_text_pays():
    # Original 0 was split into translation 0 + 1.
    sim = np.array([[0.85, 0.45], [0.1, 0.1]])
    links = link(sim, AlignConfig(link=0.5))[0]
    cands = merge_candidates(links, 2, 2)
    assert any(c.side == "translation" and c.loose == 1 and c.anchor == 0 for c in cands)
    joined = [0.9 if (c.side, c.loose) == ("translation", 1) else 0.0 for c in cands]
    overlap = [0.6 if (c.side, c.loose) == ("translation", 1) else 0.0 for c in cands]
    beads = build_beads(sim, links, cands, joined, overlap)
    assert ((0,), (0, 1)) in [(b.original, b.translation) for b in beads]


def test_added_sentence_next_to_a_link_stays_added():
    sim = np.array([[0.9, 0.3]])
    links = link(sim)[0]
    cands = merge_candidates(links, 1, 2)
    beads = build_beads(sim, links, cands, [0.8] * len(cands), [0.1] * len(cands))
    assert [(b.original, b.translation) for b in beads] == [((0,), (0,)), ((), (1,))]


def test_the_assignment_gives_strong_and_weak_links_at_once():
    sim = np.array([[0.9, 0.1], [0.1, 0.3]], dtype=np.float32)
    strong, weak = link(sim, AlignConfig(link=0.5, weak_link=0.25))
    assert strong == [(0, 0)] and weak == [(1, 1)]
