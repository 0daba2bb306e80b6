"""Language detection: tcheck's langid.detect (CLD2 where it is sure, lingua for the rest) against
lingua alone and CLD2 alone (a text CLD2 is unsure of counts as wrong), on texts drawn from word
frequencies; and the time of the first call in a process.

    python benchmarks/language_id.py [--per-language 15]

Texts of 12, 40 and 300 words drawn (Zipf-weighted) from the 3,000 commonest words of each language
that both tcheck and wordfreq know: not prose, but free of anything written here, and the letters
and words are the language's own.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tcheck import langid  # noqa: E402

LENGTHS = (12, 40, 300)
FIRST_CALL = """
import sys, time
sys.path.insert(0, {root!r})
from tcheck import langid
text = open({path!r}, encoding="utf-8").read()
start = time.perf_counter()
{call}
print(time.perf_counter() - start)
"""


def texts(per_language: int, seed: int = 1):
    rng = random.Random(seed)
    known = wordfreq.available_languages()
    for n in LENGTHS:
        for code in (c for c in langid._CODES if c in known):
            words = wordfreq.top_n_list(code, 3000)
            weights = [1 / (rank + 10) for rank in range(len(words))]
            for _ in range(per_language):
                yield n, code, ("" if code in ("zh", "ja") else " ").join(rng.choices(words, weights, k=n))


def first_call(call: str, runs: int = 5) -> float:
    """Median seconds of the first detection in a fresh process (the fixture's Norwegian article)."""
    path = ROOT / "fixtures" / "nb-council" / "translation.nb.txt"
    code = FIRST_CALL.format(root=str(ROOT), path=str(path), call=call)
    times = sorted(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                        check=True).stdout)
                   for _ in range(runs))
    return times[runs // 2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-language", type=int, default=15)
    args = ap.parse_args()
    right, total = Counter(), Counter()
    for n, code, text in texts(args.per_language):
        total[n] += 1
        answers = {"tcheck": langid.detect(text),
                   "lingua alone": langid._detector().detect_language_of(text).iso_code_639_1.name.lower(),
                   "CLD2 where sure": langid.quick(text.ljust(langid.QUICK_LEAST)) or "?"}
        for name, answer in answers.items():
            right[name, n] += answer == code
    print(f"right answers of {sum(total.values())} texts ({args.per_language} per language and length)")
    print(f"{'':14s}" + "".join(f"{n:>10d} words" for n in LENGTHS))
    for name in ("tcheck", "lingua alone", "CLD2 where sure"):
        print(f"{name:14s}" + "".join(f"{right[name, n]:>10d}/{total[n]:<5d}" for n in LENGTHS))
    print("first call in a fresh process, the Norwegian fixture (median of 5):")
    print(f"  tcheck       {first_call('langid.detect(text)'):.3f} s")
    print(f"  lingua alone {first_call('langid._detector().detect_language_of(text)'):.3f} s")


if __name__ == "__main__":
    main()
