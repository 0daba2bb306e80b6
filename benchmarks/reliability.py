"""Where the `unreliable` verdict's bounds (tcheck/reliability.py) stand against real translations:

    .venv/bin/python benchmarks/reliability.py [--split train]

Per document of the real-MT corpus (training/realmt.py, read from ../shared), the article as one MT
system rendered it against the same article as another rendered it (a real translation, good or
poor), and against three broken translation steps: the rendering of another document (a wrong or
mixed-up model), the rendering with every letter rotated (rot13: a model that outputs gibberish of
the right shape) and the rendering's words shuffled (word salad of the right words). Prints the
lowest coverage and chrF of the real pairs and the highest of the broken ones: the bounds must sit
between them. Rules alone (no verifier): neither measure depends on it.
"""
from __future__ import annotations

import argparse
import codecs
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "training"), str(ROOT / "benchmarks" / "accuracy")]
import realmt  # noqa: E402
from evaluate import CachedEmbedder, document  # noqa: E402

from tcheck import pipeline, reliability  # noqa: E402
from tcheck.backends.base import IdentityTranslator  # noqa: E402
from tcheck.backends.sbert import SbertEmbedder  # noqa: E402
from tcheck.types import Document  # noqa: E402


def measure(original: Document, rendering: Document, embedder) -> tuple[float, float, bool]:
    report = pipeline.check(original, Document(rendering.segments, "xx"), IdentityTranslator(), embedder, rendering)
    return report.scores.coverage, report.scores.chrf, report.unreliable is not None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train", choices=list(realmt.SPLITS))
    ap.add_argument("--pairs", type=int, default=2, help="system pairs per document")
    args = ap.parse_args()
    rng = random.Random(7)
    embedder = CachedEmbedder(SbertEmbedder(bfloat16=False))
    systems = sorted({o.system for o in realmt.outputs()})
    rows: dict[str, list[tuple[float, float, bool]]] = {"real": [], "another document": [], "rot13": [],
                                                        "word salad": []}
    for _ in range(args.pairs):
        a, b = rng.sample(systems, 2)
        articles = [(doc, left, right) for doc, left, right in realmt.articles(args.split, a, b) if len(left) >= 2]
        for k, (doc, left, right) in enumerate(articles):
            original = document("\n\n".join(o.text for o in left))
            if len(original.segments) < reliability.MIN_SENTENCES:
                continue
            rendered = "\n\n".join(o.text for o in right)
            other = "\n\n".join(o.text for o in articles[(k + 1) % len(articles)][2])
            words = rendered.split(" ")
            rng.shuffle(words)
            broken = (("another document", other), ("rot13", codecs.encode(rendered, "rot13")),
                      ("word salad", " ".join(words)))
            for name, text in (("real", rendered), *broken):
                rows[name].append(measure(original, document(text), embedder))
    for name, got in rows.items():
        worst = min if name == "real" else max
        print(f"{name:17s} {len(got):3d} article pairs: coverage {'lowest' if name == 'real' else 'highest'} "
              f"{worst(c for c, _, _ in got):.2f}, chrF {worst(f for _, f, _ in got):.1f}; "
              f"judged unreliable {sum(u for _, _, u in got)}")
    print(f"bounds: coverage {reliability.COVERAGE}, chrF {reliability.CHRF} "
          f"(at least {reliability.MIN_SENTENCES} sentences)")


if __name__ == "__main__":
    main()
