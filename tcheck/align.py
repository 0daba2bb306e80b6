"""Similarity matrix -> beads. Pure numpy/scipy; never sees a model.

Bertalign and vecalign search a monotonic path, so a moved paragraph becomes a drop plus an
addition. Here the 1:1 links come from a global assignment (Hungarian), which is free to cross,
and a weak position prior breaks ties between look-alike sentences. Splits and merges are then
recovered the way Bertalign scores overlaps: an unlinked sentence joins its linked neighbour when
the joined text is closer to the partner than the neighbour alone.

Shapes: `sim` is (n_original, n_translation), cosine similarity in [-1, 1].
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .types import Bead


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
class MergeCandidate:
    """Unlinked sentence `loose` (on `side`) might belong with `anchor`, linked to `partner`."""

    side: str  # "original" or "translation"
    loose: int
    anchor: int
    partner: int

    @property
    def span(self) -> tuple[int, int]:
        return (min(self.loose, self.anchor), max(self.loose, self.anchor))


def position_prior(n: int, m: int) -> np.ndarray:
    """(n, m) in [0, 1]: 1 on the diagonal of relative position, falling off linearly."""
    i = ((np.arange(n) + 0.5) / n).astype(np.float32)
    j = ((np.arange(m) + 0.5) / m).astype(np.float32)
    return 1.0 - np.abs(i[:, None] - j[None, :])


def link(sim: np.ndarray, cfg: AlignConfig = AlignConfig()) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """1:1 links (i, j) that maximise total similarity: those at least `cfg.link`, then the weak ones.

    A weak link falls short of `cfg.link` but reaches `cfg.weak_link`: a sentence whose name or number
    changed can drift that far in embedding space. The caller keeps those that share most of their words.
    """
    pairs = _assignment(sim, cfg)
    return ([(i, j) for i, j in pairs if sim[i, j] >= cfg.link],
            [(i, j) for i, j in pairs if cfg.weak_link <= sim[i, j] < cfg.link])


def _assignment(sim: np.ndarray, cfg: AlignConfig) -> list[tuple[int, int]]:
    from scipy.optimize import linear_sum_assignment

    n, m = sim.shape
    if n == 0 or m == 0:
        return []
    # float32: the (n, m) arrays are the only ones that grow with both sides' lengths.
    score = sim.astype(np.float32) + np.float32(cfg.position_weight) * position_prior(n, m)
    rows, cols = linear_sum_assignment(-score)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols))


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
    sim: np.ndarray,
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
        (i, j): ({i}, {j}, float(sim[i, j])) for i, j in links
    }
    taken_o = {i for i, _ in links}
    taken_t = {j for _, j in links}
    order = sorted(range(len(candidates)), key=lambda k: -joined_sim[k])
    for k in order:
        c = candidates[k]
        alone = sim[c.anchor, c.partner] if c.side == "original" else sim[c.partner, c.anchor]
        single = sim[c.loose, c.partner] if c.side == "original" else sim[c.partner, c.loose]
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
    beads += [Bead((i,), (), float(sim[i].max()) if m else 0.0) for i in range(n) if i not in taken_o]
    beads += [Bead((), (j,), float(sim[:, j].max()) if n else 0.0) for j in range(m) if j not in taken_t]
    return sorted(beads, key=_order)


def _order(b: Bead) -> tuple[float, float]:
    if b.original:
        return (b.original[0], b.translation[0] if b.translation else -1)
    return (float("inf"), b.translation[0])
