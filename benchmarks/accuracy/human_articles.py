"""The human-against-MT sets read as articles: python benchmarks/accuracy/human_articles.py [SET ...]

run.py reads human_mt.jsonl and its development twins one pair at a time, where a check sees no
document: no typical sentence to tell how rough the MT is (compare.ROUGH_CHRF), and no neighbours to
align against. An editor checks a whole article. Here every 8 consecutive pairs of a set make one
article, a pair a paragraph, checked at normal as MT output (as `--mt-file` is). A pair counts as
flagged where a finding stands on its original; a faithful pair flagged is a false alarm, a changed
pair flagged is found. human_mt.jsonl is sealed: measure it, never read it.
"""
from __future__ import annotations

import argparse

from evaluate import CachedEmbedder, CachedVerifier, document, load

from tcheck import pipeline
from tcheck.backends.base import IdentityTranslator
from tcheck.backends.sbert import SbertEmbedder
from tcheck.backends.verifier import CrossEncoderVerifier
from tcheck.types import Document

PER_ARTICLE = 8


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=["human_mt_dev.jsonl", "human_mt_dev2.jsonl", "human_mt.jsonl"])
    args = ap.parse_args()
    embedder, verifier = CachedEmbedder(SbertEmbedder(bfloat16=False)), CachedVerifier(CrossEncoderVerifier())
    for name in args.sets:
        pairs = [it for it in load(name) if it["original"].strip() and it["translation"].strip()]
        flagged = {True: 0, False: 0}  # by whether the pair is faithful
        quotes = [0, 0]  # changed quotes found, of
        for start in range(0, len(pairs), PER_ARTICLE):
            group = pairs[start:start + PER_ARTICLE]
            original = document("\n\n".join(it["original"] for it in group))
            rendering = document("\n\n".join(it["translation"] for it in group))
            report = pipeline.check(original, Document(rendering.segments, "xx"), IdentityTranslator(), embedder,
                                    rendering, pipeline.Config(), verifier)
            for it in group:
                hit = any(f.original and (f.original in it["original"] or it["original"] in f.original)
                          for f in report.findings)
                flagged[it["label"] == "faithful"] += hit
                if it["label"] == "quote":
                    quotes[0] += hit
                    quotes[1] += 1
        faithful = sum(it["label"] == "faithful" for it in pairs)
        print(f"{name}: {len(pairs)} pairs in articles of {PER_ARTICLE}; faithful flagged {flagged[True]}/{faithful} "
              f"({flagged[True] / faithful:.1%}); changes found {flagged[False]}/{len(pairs) - faithful}, "
              f"quotes among them {quotes[0]}/{quotes[1]}")


if __name__ == "__main__":
    main()
