"""Similarity -> beads. Pure numpy/scipy; never sees a model.

Bertalign and vecalign search a monotonic path, so a moved paragraph becomes a drop plus an
addition. Here the 1:1 links come from a global assignment, which is free to cross, and a weak
position prior breaks ties between look-alike sentences. Splits and merges are then recovered the
way Bertalign scores overlaps: an unlinked sentence joins its linked neighbour when the joined text
is closer to the partner than the neighbour alone.

Memory grows with n + m, never n x m, past EXACT_CELLS (which any news article fits): the similarity
is held as the two sides' vectors and read in blocks of rows, and the assignment runs on a sparse
graph where each sentence keeps its NEIGHBOURS best-scoring partners on the other side. They are
found anywhere in the document, so a paragraph moved from the end to the top still finds its partner.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .types import Bead

EXACT_CELLS = 4_000_000  # up to n x m this many (2,000 sentences a side), every pair is scored at once (16 MB)
NEIGHBOURS = 50  # past it, the partners kept per sentence: enough for a cluster of look-alike sentences
BLOCK_CELLS = EXACT_CELLS  # similarities computed at once


@dataclass(frozen=True)
class AlignConfig:
    link: float = 0.5  # lowest similarity for a 1:1 link
    weak_link: float = 0.25  # ...or this, where the two share most content words (weak_overlap)
    weak_overlap: float = 0.5
    position_weight: float = 0.1  # how much sentence order breaks ties
    merge_gain: float = -0.005  # joined text must score at least this much above the neighbour alone
    merge_single: float = 0.4  # an unlinked sentence this close to the partner may join it...
    merge_overlap: float = 0.4  # ...or one whose content words the partner holds this share of


@dataclass(frozen=True)
class Similarity:
    """Cosine similarity of original sentence i and translated sentence j: `original[i] @ translation[j]`,
    for unit vectors of shape (n, d) and (m, d)."""

    original: np.ndarray
    translation: np.ndarray

    @classmethod
    def of(cls, matrix) -> Similarity:
        """A similarity given as an (n, m) matrix: small cases and tests."""
        matrix = np.asarray(matrix, dtype=np.float32)
        return cls(matrix, np.eye(matrix.shape[1], dtype=np.float32))

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.original), len(self.translation)

    @property
    def transposed(self) -> Similarity:
        return Similarity(self.translation, self.original)

    def at(self, i: int, j: int) -> float:
        return float(self.original[i] @ self.translation[j])

    def best(self, rows: list[int]) -> list[float]:
        """Each original sentence's highest similarity to any translated one."""
        if not rows or not len(self.translation):
            return [0.0] * len(rows)
        return [float(x) for block in _blocks(rows, len(self.translation))
                for x in (self.original[block] @ self.translation.T).max(axis=1)]


@dataclass(frozen=True)
class MergeCandidate:
    """Unlinked sentence `loose` (on `side`) might belong with `anchor`, linked to `partner`."""

    side: str  # "original" or "translation"
    loose: int
    anchor: int
    partner: int

    @property
    def span(self) -> tuple[int, int]:
        return (min(self.loose, self.anchor), max(self.loose, self.anchor))


def position_prior(i: np.ndarray, n: int, m: int) -> np.ndarray:
    """(len(i), m) in [0, 1]: 1 on the diagonal of relative position, falling off linearly."""
    a = ((np.asarray(i) + 0.5) / n).astype(np.float32)
    b = ((np.arange(m) + 0.5) / m).astype(np.float32)
    return 1.0 - np.abs(a[:, None] - b[None, :])


def link(sim: Similarity, cfg: AlignConfig = AlignConfig()) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """1:1 links (i, j) that maximise total similarity: those at least `cfg.link`, then the weak ones.

    A weak link falls short of `cfg.link` but reaches `cfg.weak_link`: a sentence whose name or number
    changed can drift that far in embedding space. The caller keeps those that share most of their words.
    """
    pairs = [(i, j, sim.at(i, j)) for i, j in _assignment(sim, cfg)]
    return ([(i, j) for i, j, s in pairs if s >= cfg.link],
            [(i, j) for i, j, s in pairs if cfg.weak_link <= s < cfg.link])


def in_slot(i: int, j: int, linked: set[tuple[int, int]], n: int, m: int) -> bool:
    """Whether original sentence i and translated sentence j are each other's only unlinked sentence
    between the same two linked neighbours (or the documents' ends): the one place left for either.
    There a weak link needs no shared words: "The Kuomintang considered it a novelty." / "The KMT
    commented that it was something new." is one sentence in other words, not one dropped and
    another added; where the two differ in meaning, the verifier reads the pair (verify.apply)."""
    before = (i, j) == (0, 0) or (i - 1, j - 1) in linked
    after = (i, j) == (n - 1, m - 1) or (i + 1, j + 1) in linked
    return before and after


def _assignment(sim: Similarity, cfg: AlignConfig) -> list[tuple[int, int]]:
    """The matching of greatest total score: similarity plus the position prior."""
    n, m = sim.shape
    if n == 0 or m == 0:
        return []
    if n * m > EXACT_CELLS:
        return _sparse_assignment(sim, cfg)
    # LAPJV (lapx) solves the same problem as scipy's linear_sum_assignment, and imports in a tenth
    # of the time: scipy.optimize costs a cold check 0.4 s.
    import lap

    cols, _ = lap.lapjv(-_score(sim, np.arange(n), cfg.position_weight), extend_cost=True, return_cost=False)
    return [(i, int(j)) for i, j in enumerate(cols) if j >= 0]


def _sparse_assignment(sim: Similarity, cfg: AlignConfig) -> list[tuple[int, int]]:
    """The same over each sentence's NEIGHBOURS, leaving a sentence unmatched where no partner scores
    above 0.

    scipy's sparse solver wants a perfect matching, so every sentence gets a private stand-in on the
    other side, and two stand-ins may pair wherever their sentences could: any matching of the
    sentences then completes to a perfect one, and every perfect one costs (n + m) * _BASE less the
    score of the sentence pairs it holds.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    n, m = sim.shape
    rows, cols, score = _candidates(sim, cfg.position_weight)
    keep = score > 0
    rows, cols, score = rows[keep], cols[keep], score[keep]
    # Rows: n sentences, then m stand-ins; columns: m sentences, then n stand-ins.
    r = np.concatenate([rows, np.arange(n), n + np.arange(m), n + cols])
    c = np.concatenate([cols, m + np.arange(n), np.arange(m), m + rows])
    cost = np.concatenate([_BASE - score, np.full(n + m + len(rows), _BASE, dtype=np.float64)])
    graph = coo_matrix((cost, (r, c)), shape=(n + m, m + n)).tocsr()
    left, right = min_weight_full_bipartite_matching(graph)
    return sorted((int(i), int(j)) for i, j in zip(left, right) if i < n and j < m)


_BASE = 4.0  # above any score (similarity <= 1, plus the prior's weight), so every cost is positive


def _candidates(sim: Similarity, weight: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, columns, scores) of the pairs where either side is among the other's NEIGHBOURS best."""
    i1, j1, s1 = _nearest(sim, weight)
    j2, i2, s2 = _nearest(sim.transposed, weight)
    rows, cols, score = np.concatenate([i1, i2]), np.concatenate([j1, j2]), np.concatenate([s1, s2])
    _, first = np.unique(rows.astype(np.int64) * sim.shape[1] + cols, return_index=True)
    return rows[first], cols[first], score[first].astype(np.float64)


def _nearest(sim: Similarity, weight: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For every original sentence, its NEIGHBOURS best-scoring translated ones, a block of rows at a time."""
    n, m = sim.shape
    k = min(NEIGHBOURS, m)
    rows, cols, scores = [], [], []
    for block in _blocks(list(range(n)), m):
        score = _score(sim, block, weight)
        top = np.argpartition(-score, k - 1, axis=1)[:, :k]
        rows.append(np.repeat(block, k))
        cols.append(top.ravel())
        scores.append(np.take_along_axis(score, top, axis=1).ravel())
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(scores)


def _score(sim: Similarity, rows: np.ndarray, weight: float) -> np.ndarray:
    n, m = sim.shape
    return sim.original[rows] @ sim.translation.T + np.float32(weight) * position_prior(rows, n, m)


def _blocks(rows: list[int], width: int):
    size = max(1, BLOCK_CELLS // max(width, 1))
    for start in range(0, len(rows), size):
        yield np.asarray(rows[start:start + size])


def merge_candidates(links: list[tuple[int, int]], n: int, m: int) -> list[MergeCandidate]:
    o2t = dict(links)
    t2o = {j: i for i, j in links}
    out = []
    for side, size, linked in (("original", n, o2t), ("translation", m, t2o)):
        for k in range(size):
            if k in linked:
                continue
            for nb in (k - 1, k + 1):
                if nb in linked:
                    out.append(MergeCandidate(side, k, nb, linked[nb]))
    return out


def build_beads(
    sim: Similarity,
    links: list[tuple[int, int]],
    candidates: list[MergeCandidate],
    joined_sim: list[float],
    overlap: list[float],
    cfg: AlignConfig = AlignConfig(),
) -> list[Bead]:
    """Accept the merges that pay, then make beads of everything.

    `joined_sim[k]` is the similarity of candidate k's joined span to its partner, and
    `overlap[k]` the share of the loose sentence's content words that the partner holds.
    Embeddings of long sentences saturate, so a joined span rarely scores much higher: the
    loose sentence must also resemble the partner on its own, by meaning or by words.
    """
    n, m = sim.shape
    groups: dict[tuple[int, int], tuple[set[int], set[int], float]] = {
        (i, j): ({i}, {j}, sim.at(i, j)) for i, j in links
    }
    taken_o = {i for i, _ in links}
    taken_t = {j for _, j in links}
    order = sorted(range(len(candidates)), key=lambda k: -joined_sim[k])
    for k in order:
        c = candidates[k]
        alone = sim.at(c.anchor, c.partner) if c.side == "original" else sim.at(c.partner, c.anchor)
        single = sim.at(c.loose, c.partner) if c.side == "original" else sim.at(c.partner, c.loose)
        taken = taken_o if c.side == "original" else taken_t
        related = single >= cfg.merge_single or overlap[k] >= cfg.merge_overlap
        if c.loose in taken or not related or joined_sim[k] < alone + cfg.merge_gain:
            continue
        key = (c.anchor, c.partner) if c.side == "original" else (c.partner, c.anchor)
        if key not in groups:
            continue
        o, t, _ = groups[key]
        (o if c.side == "original" else t).add(c.loose)
        groups[key] = (o, t, max(groups[key][2], joined_sim[k]))
        taken.add(c.loose)
    beads = [Bead(tuple(sorted(o)), tuple(sorted(t)), s) for o, t, s in groups.values()]
    dropped = [i for i in range(n) if i not in taken_o]
    added = [j for j in range(m) if j not in taken_t]
    beads += [Bead((i,), (), s) for i, s in zip(dropped, sim.best(dropped))]
    beads += [Bead((), (j,), s) for j, s in zip(added, sim.transposed.best(added))]
    return sorted(beads, key=_order)


def _order(b: Bead) -> tuple[float, float]:
    if b.original:
        return (b.original[0], b.translation[0] if b.translation else -1)
    return (float("inf"), b.translation[0])
