"""The claims stage: per bead, the pieces one side lacks, judged with sentence embeddings.

claims.py says which pieces may carry a claim of their own, by words alone; this module asks the
embedder whether cutting each piece brings its side closer to the other (the ablation test), drops
rewordings, and puts back together a claim that a translator moved into a sentence of its own.
"""
from __future__ import annotations

import numpy as np

from . import claims, lexical
from .types import Bead

Found = dict[int, tuple[list[str], list[str]]]


def find(beads, o_texts, english, eo, ee, embedder, cfg) -> dict[int, tuple[list[str], list[str]]]:
    """Per bead: the original's claims the translation lacks, and the translation's the original lacks
    (claims.candidates, judged by the ablation test in claims.unsupported), keyed by bead."""
    jobs = []
    for k, b in enumerate(beads):
        if b.original and b.translation:
            o = " ".join(o_texts[i] for i in b.original)
            e = " ".join(english[j] for j in b.translation)
            oc, ec = claims.candidates(o, e, cfg), claims.candidates(e, o, cfg)
            if oc or ec:
                jobs.append((k, b, o, e, oc, ec))
    if not jobs:
        return {}
    # A one-sentence side is already embedded; only joined sides and the cut texts are new.
    texts = []
    for _, b, o, e, oc, ec in jobs:
        texts += [o] * (len(b.original) > 1) + [e] * (len(b.translation) > 1)
        texts += [claims.without(o, c) for c in oc] + [claims.without(e, c) for c in ec]
    vectors = iter(embedder.embed_batch(texts))
    out = {}
    for k, b, o, e, oc, ec in jobs:
        vo = next(vectors) if len(b.original) > 1 else eo[b.original[0]]
        ve = next(vectors) if len(b.translation) > 1 else ee[b.translation[0]]
        base = float(vo @ ve)
        o_gain = np.array([float(next(vectors) @ ve) - base for _ in oc])
        e_gain = np.array([float(next(vectors) @ vo) - base for _ in ec])
        dropped = [d for d in claims.unsupported(oc, o_gain, cfg) if not claims.substituted(d, o, e)]
        added = [a for a in claims.unsupported(ec, e_gain, cfg) if not claims.substituted(a, e, o)]
        if dropped or added:
            # What each piece may be a rewording of: the other side's clauses and its phrases of
            # about the piece's length, where they say something in words this side does not use
            # (a piece whose words all stand here already is accounted for).
            o_pieces = [p for p in oc + claims.split(o) + [w for a in added for w in claims.windows(o, a)]
                        if claims.news(p, e)]
            e_pieces = [p for p in ec + claims.split(e) + [w for d in dropped for w in claims.windows(e, d)]
                        if claims.news(p, o)]
            out[k] = (dropped, added, o_pieces, e_pieces, o, e)
    return _without_rewordings(out, embedder, cfg)


def _without_rewordings(found, embedder, cfg) -> dict[int, tuple[list[str], list[str]]]:
    """A lost piece that means the same as some piece of the other side was reworded, not lost
    ("commissioned by the council" / "ordered by the municipality"); likewise an added one. A
    rewording says about as much: "people died" does not reword "killed and four were injured"."""
    texts = sorted({t for d, a, op, ep, _, _ in found.values() for t in (*d, *a, *op, *ep)})
    if not texts:
        return {}
    index = {t: i for i, t in enumerate(texts)}
    v = embedder.embed_batch(texts)

    def reworded(piece: str, own_side: str, others: list[str], other_side: str) -> bool:
        size = len(claims.novel(piece, other_side))
        others = [x for x in others if x != piece and piece not in x
                  and size <= len(claims.novel(x, own_side)) + claims.REWORDING_SLACK]
        return bool(others) and max(float(v[index[piece]] @ v[index[x]]) for x in others) >= cfg.reworded

    out = {}
    for k, (dropped, added, o_pieces, e_pieces, o, e) in found.items():
        dropped = [d for d in dropped if not reworded(d, o, e_pieces, e)]
        added = [a for a in added if not reworded(a, e, o_pieces, o)]
        if dropped or added:
            out[k] = (dropped, added)
    return out


def reunite(beads: list[Bead], found: Found, o_texts: list[str], english: list[str], ee, eo, embedder,
            cfg: claims.ClaimConfig) -> tuple[list[Bead], Found]:
    """A translator may move a clause into a sentence of its own, away from its sentence ("The money,
    which is expected to raise £1.2m a year, ..." / "... The tax is expected to raise £1.2m a year.").
    Then a piece lost from one bead and a lone sentence on the other side say the same thing: join
    the lone sentence to that bead, and neither the piece nor the sentence is a finding."""
    lone_t = [k for k, b in enumerate(beads) if b.translation and not b.original]
    lone_o = [k for k, b in enumerate(beads) if b.original and not b.translation]
    pieces = [(k, side, p) for k, (dropped, added) in found.items()
              for side, ps in (("dropped", dropped), ("added", added)) for p in ps]
    if not pieces or not (lone_t or lone_o):
        return beads, found
    vectors = embedder.embed_batch([p for _, _, p in pieces])
    joined: dict[int, int] = {}  # lone bead -> the bead it joins
    out = {k: (list(d), list(a)) for k, (d, a) in found.items()}
    for (k, side, piece), v in zip(pieces, vectors):
        lone, texts, vecs = (lone_t, english, ee) if side == "dropped" else (lone_o, o_texts, eo)
        best = None
        for j in lone:
            if j in joined:
                continue
            index = beads[j].translation if side == "dropped" else beads[j].original
            text = " ".join(texts[i] for i in index)
            score = max(float(v @ vecs[i]) for i in index)
            if score >= cfg.moved and lexical.coverage(piece, text) >= cfg.coverage and (best is None or score > best[0]):
                best = (score, j)
        if best:
            joined[best[1]] = k
            out[k][0 if side == "dropped" else 1].remove(piece)
    if not joined:
        return beads, found
    merged = list(beads)
    for j, k in joined.items():
        b, lone = merged[k], beads[j]
        merged[k] = Bead(tuple(sorted(b.original + lone.original)), tuple(sorted(b.translation + lone.translation)),
                         b.similarity)
    keep = [k for k in range(len(beads)) if k not in joined]
    index = {old: new for new, old in enumerate(keep)}
    return [merged[k] for k in keep], {index[k]: v for k, v in out.items() if k in index and (v[0] or v[1])}
