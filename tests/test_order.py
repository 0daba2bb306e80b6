"""order: the beads and the findings as a reader meets them."""
import random

from tcheck import order
from tcheck.types import Bead, Finding


def test_a_claim_the_original_lacks_follows_the_sentence_before_it():
    beads = (Bead((0,), (0,), 0.9), Bead((1,), (2,), 0.9), Bead((2,), (), 0.0), Bead((), (1,), 0.0),
             Bead((), (3,), 0.0))
    assert order.beads(beads) == [0, 3, 1, 4, 2]  # beside the bead holding translation sentence 0, then 2


def test_findings_follow_their_beads_and_keep_their_order_within_one():
    beads = (Bead((0,), (0,), 0.9), Bead((1,), (2,), 0.9), Bead((), (1,), 0.0))
    late = Finding("altered", "number", "critical", "o", "t", "e", (1,), (2,))
    added = Finding("added", "claim", "critical", None, "t", "e", (), (1,))
    first, second = (Finding("altered", k, "critical", "o", "t", "e", (0,), (0,)) for k in ("date", "name"))
    assert order.findings([first, late, second, added], beads) == [first, second, added, late]


def test_the_reading_order_of_random_alignments_is_each_bead_once_and_the_originals_in_order():
    rng = random.Random(7)
    for _ in range(300):
        n, m = rng.randint(0, 12), rng.randint(0, 12)
        links = sorted(rng.sample([(i, j) for i in range(n) for j in range(m)], min(n, m, rng.randint(0, 6))))
        kept = []
        for i, j in links:  # one to one and in order, as the alignment's are
            if not kept or (i > kept[-1][0] and j > kept[-1][1]):
                kept.append((i, j))
        linked_o, linked_t = {i for i, _ in kept}, {j for _, j in kept}
        beads = tuple([Bead((i,), (j,), 0.9) for i, j in kept]
                      + [Bead((i,), (), 0.0) for i in range(n) if i not in linked_o]
                      + [Bead((), (j,), 0.0) for j in range(m) if j not in linked_t])
        beads = tuple(sorted(beads, key=lambda b: b.original or (n + b.translation[0],)))
        seen = order.beads(beads)
        assert sorted(seen) == list(range(len(beads)))
        originals = [beads[i].original[0] for i in seen if beads[i].original]
        assert originals == sorted(originals)


def test_a_finding_is_shown_in_the_first_bead_that_shares_a_sentence_with_it():
    beads = (Bead((0,), (0,), 0.9), Bead((1, 2), (1,), 0.9), Bead((), (2,), 0.0))
    found = [Finding("altered", "date", "critical", "o", "t", "e", (2,), ()),
             Finding("added", "claim", "critical", None, "t", "e", (), (2,)),
             Finding("altered", "name", "critical", "o", "t", "e", (0,), (1,)),  # two beads: the first
             Finding("dropped", "claim", "critical", "o", None, None, (9,), ())]
    assert order.bead_of(found, beads) == [1, 2, 0, None]
