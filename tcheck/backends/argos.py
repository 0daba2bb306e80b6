"""Argos Translate packages run through CTranslate2 and the package's tokenizer directly.

argostranslate.translate() would first fetch a sentence-splitting model from the network;
tcheck has already split the sentences, so it feeds them to the model as one batch.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import ModelMissing

MAX_BATCH = 32  # sentences a worker translates at once


def described(from_code: str, beam_size: int = 2) -> tuple[str, str]:
    """The translator's name, and what its output depends on (its package's files as they stand, and
    the beam): without loading the model, and ModelMissing where none is installed."""
    from .. import models
    from ..cache import stat_key

    pkg = models.find(from_code)
    files = sorted(p for p in Path(pkg.package_path).rglob("*") if p.is_file())
    return _name(pkg), f"{_name(pkg)}/beam={beam_size}/{stat_key(files)}"


def _name(pkg) -> str:
    return f"argos:{pkg.from_code}-{pkg.to_code}@{pkg.package_version or '0'}"


class ArgosTranslator:
    def __init__(self, from_code: str, beam_size: int = 2, threads: int | None = None):
        from .. import models
        from . import prepared

        pkg = models.find(from_code)
        try:
            import ctranslate2

            # One worker per core, each on one thread, sharing the weights: a batch is cut into as
            # many parts as there are workers (translate_batch), which run at once; a service's
            # checks queue their parts for the same workers. No OpenMP pool either, which stalled
            # against torch's when both ran on two cores (1-12 s against 0.08 s). Measured on an
            # Argos-sized package (benchmarks/argos_speed.py's), the 42-sentence Norwegian fixture
            # on 2 cores, 5 runs each, interleaved: 3.81 s, against 9.39 s for the whole batch on
            # half the cores (what a check ran before) and 4.96 s on both as one pool.
            self._workers = threads or prepared.threads()
            self._translator = ctranslate2.Translator(str(pkg.package_path / "model"), device="cpu",
                                                      inter_threads=self._workers, intra_threads=1)
        except Exception as e:
            raise ModelMissing(f"the {pkg.from_code}->en model at {pkg.package_path} cannot be loaded ({e})") from None
        self._tokenizer = getattr(pkg, "tokenizer", None)
        if self._tokenizer is None:
            raise ModelMissing(
                f"the {pkg.from_code}->en package at {pkg.package_path} has no tokenizer "
                f"(sentencepiece.model or bpe.model): reinstall it"
            )
        self._prefix = pkg.target_prefix or None
        self._beam = beam_size
        self.name = _name(pkg)

    def translate_batch(self, sentences: list[str]) -> list[str]:
        if not sentences:
            return []
        tokens = [self._tokenizer.encode(s) for s in sentences]
        longest = max(len(t) for t in tokens)
        results = self._translator.translate_batch(
            tokens,
            target_prefix=[[self._prefix]] * len(tokens) if self._prefix else None,
            beam_size=self._beam,
            max_batch_size=min(MAX_BATCH, -(-len(tokens) // self._workers)),
            replace_unknowns=True,
            length_penalty=0.2,
            max_decoding_length=min(512, 2 * longest + 16),
        )
        out = []
        for r in results:
            words = r.hypotheses[0]
            if self._prefix and words and words[0] == self._prefix:
                words = words[1:]
            out.append(self._tokenizer.decode(words).strip())
        return out
