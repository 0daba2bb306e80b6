"""Machine translation: tcheck's Argos path against argostranslate's own, on one Argos-sized package.

    python benchmarks/argos_speed.py [--runs 5] [--threads 2]

The package is built here (no real one can be installed offline): a CTranslate2 Transformer of Argos's
size (6+6 layers, d=512, 8 heads, FFN 2048, a 32,000-piece vocabulary, saved in int8) with random
weights, and a SentencePiece model trained on the fixtures. Random weights never choose the end of a
sentence, so each path's length cap would decide its time; a bias on the end token (`end_bias`, found
by trying: 6.5 gave 1.18x the input's pieces, 6.7 1.11x, 7.0 0.62x, on 12 sentences with beam 2)
makes outputs about as long as their inputs, as a real model's are.

The two paths translate the Norwegian fixture (42 sentences) in turn, in one process, after a warm-up:
- tcheck: `ArgosTranslator` (tcheck/backends/argos.py): every sentence of the document in one batch,
  beam 2;
- argostranslate: `PackageTranslation.hypotheses(text, 1)`, its own code paragraph by paragraph with
  its default beam (4), its sentence splitter swapped for sentencex (its own downloads a model at run
  time, which fails offline).
Both on `--threads` CTranslate2 threads. Translation quality cannot be measured on random weights:
what beam 2 and batching cost in chrF needs a real package (`tcheck models install nb`).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
WORK = Path(tempfile.mkdtemp(prefix="tcheck-argos-bench-"))
# argostranslate reads where packages live when it is imported.
os.environ["ARGOS_PACKAGES_DIR"] = str(WORK / "packages")
for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
    os.environ[name] = str(WORK / name.lower())

import argos_tiny  # noqa: E402

# The end bias: see the docstring.
ARGOS_SIZED = argos_tiny.Shape(d_model=512, ffn=2048, layers=6, heads=8, vocabulary=32_000, end_bias=6.7,
                               quantization="int8")
TEXT = ROOT / "fixtures" / "nb-council" / "translation.nb.txt"


def build() -> Path:
    """The Argos-sized package, installed; returns its archive."""
    from argostranslate import package

    archive = argos_tiny.build_argosmodel(WORK / "built", "nb", "en", ARGOS_SIZED)
    package.install_from_path(archive)
    return archive


class Sentences:
    """argostranslate's sentence-splitter interface, over sentencex (what tcheck splits with)."""

    def split_sentences(self, text: str) -> list[str]:
        from sentencex import segment

        return [s for s in segment("nb", text) if s.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    build()
    from argostranslate import package, settings, translate

    from tcheck import pipeline
    from tcheck.backends.argos import ArgosTranslator

    settings.intra_threads = args.threads
    text = TEXT.read_text(encoding="utf-8")
    sentences = [s.text for s in pipeline.prepare(text, "nb", "text", "nb").segments]

    t0 = time.perf_counter()
    ours = ArgosTranslator("nb", beam_size=2, threads=args.threads)
    ours.translate_batch(sentences[:1])
    ours_load = time.perf_counter() - t0
    pkg = package.get_installed_packages()[0]
    t0 = time.perf_counter()
    theirs = translate.PackageTranslation(translate.Language("nb", "Norwegian"), translate.Language("en", "English"),
                                          pkg)
    theirs.sentencizer = Sentences()
    theirs.hypotheses(sentences[0], 1)
    theirs_load = time.perf_counter() - t0

    def ours_run() -> list[str]:
        return ours.translate_batch(sentences)

    def theirs_run() -> str:
        return theirs.hypotheses(text, 1)[0].value

    times: dict[str, list[float]] = {"tcheck": [], "argostranslate": []}
    runs = {"tcheck": ours_run, "argostranslate": theirs_run}
    for k in range(args.runs):
        for name in (runs if k % 2 == 0 else reversed(list(runs))):
            start = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - start)
    words_in = len(text.split())
    words_out = {"tcheck": len(" ".join(ours_run()).split()), "argostranslate": len(theirs_run().split())}
    print(f"{len(sentences)} sentences ({words_in} words) of {TEXT.name}; {args.threads} CTranslate2 threads; "
          f"{args.runs} runs each, interleaved; load average {os.getloadavg()[0]:.2f}")
    for name, ts in times.items():
        median = statistics.median(ts)
        print(f"  {name:15s} median {median:6.2f} s ({len(sentences) / median:5.1f} sentences/s; "
              f"min {min(ts):.2f}, max {max(ts):.2f}); {words_out[name]} words out")
    ratio = statistics.median(b / a for a, b in zip(times["tcheck"], times["argostranslate"]))
    print(f"  argostranslate / tcheck, median of pairwise ratios: {ratio:.1f}x")
    print(f"  model load and first sentence: tcheck {ours_load:.2f} s, argostranslate {theirs_load:.2f} s")


if __name__ == "__main__":
    main()
