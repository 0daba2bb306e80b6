"""Make a rough-MT copy of the sentence pairs: python benchmarks/accuracy/apertium_side.py

Each item's English rendering goes to Spanish with Apertium (eng-spa) and back to English (spa-eng),
both in the apertium-eng-spa Debian package. The result, data/sentences.apertium.jsonl, has the same
ids, labels, originals and notes; only `translation` is the round-tripped English, which keeps the
planted change but reads like rule-based MT ("The hires will go up a 25 percent"). Words Apertium
could not translate keep its `*` mark, as `tcheck check --mt-engine apertium` would see them.

Feed it to the benchmark with `python benchmarks/accuracy/run.py --data sentences.apertium.jsonl`.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from tcheck.backends.apertium import ApertiumTranslator

DATA = Path(__file__).resolve().parent / "data"


def round_trip(texts: list[str]) -> list[str]:
    """English -> Spanish -> English, one apertium call per direction for the whole list.

    Two slips of the eng-spa direction would add errors that no Spanish writer makes, so they are
    mended on the way: hyphenated compounds ("82-year-old") come out glued ("autorde82años"), so
    their hyphens become spaces first; and "billion" comes out as "billones" (10^12 in Spanish),
    so that becomes "mil millones".
    """
    english = [re.sub(r"(?<=\w)-(?=\w)", " ", t) for t in texts]
    spanish = ApertiumTranslator("en", mode="eng-spa").translate_batch(english)
    # An English word Apertium passed through is still English: drop its mark before the way back.
    spanish = [re.sub(r"(?<![\w*])\*(?=\w)", "", s) for s in spanish]
    spanish = [re.sub(r"\bbill(?:ón|ones)\b", "mil millones", s) for s in spanish]
    return ApertiumTranslator("es").translate_batch(spanish)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="sentences.jsonl")
    ap.add_argument("--out", default="sentences.apertium.jsonl")
    args = ap.parse_args()
    items = [json.loads(line) for line in (DATA / args.data).read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    rough = round_trip([it["translation"] for it in items])
    with (DATA / args.out).open("w", encoding="utf-8") as f:
        for it, text in zip(items, rough, strict=True):
            f.write(json.dumps({**it, "translation": text}, ensure_ascii=False) + "\n")
    changed = sum(1 for it, text in zip(items, rough) if text != it["translation"])
    print(f"{len(items)} items -> {DATA / args.out} ({changed} renderings changed, {time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
