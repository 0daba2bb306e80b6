"""The edge that CLI, service and audit share: raw texts in, Report out, models built once and reused.

Everything here is I/O or model loading; the checking itself is `pipeline.check`.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from . import ignore, langid, markup, pipeline, rendering
from .choices import MT_ENGINES, NO_VERIFIER
from .backends.base import Embedder, IdentityTranslator, Translator, Verifier
from .backends import stored
from .backends.stored import Memory, StoredEmbedder, StoredTranslator, StoredVerifier
from .errors import InputError, ModelMissing
from .glossary import Term
from .ignore import Rule
from .types import Document, Report


@dataclass
class Source:
    """One side of a check as it arrives: text, a name for messages, and what is known of it."""

    text: str
    name: str
    lang: str | None = None
    filename: str = ""


@dataclass(frozen=True)
class Prepared:
    """A pair ready for `pipeline.check`: both sides segmented, the translator chosen and loaded."""

    original: Document
    translation: Document
    translator: Translator
    rendered: Document | None = None


@dataclass
class Checker:
    embedder_name: str | None = None
    beam_size: int = 2
    mt_engine: str = "argos"  # "argos" or "apertium"; see MT_ENGINES
    config: pipeline.Config = field(default_factory=pipeline.Config)
    verifier_name: str | None = None  # None: tcheck's packaged verifier; "none": the rules alone
    threads: int | None = None  # per model call; None: this process's cores
    # The Argos translator's workers. One translator serves every check of a process, and the checks
    # run at once queue their batches' parts for its workers: a service gives it every core, so that a
    # check alone translates on all of them. None: `threads`.
    translator_threads: int | None = None
    ignore: tuple[Rule, ...] = ()  # findings judged wrong (tcheck.ignore_file reads them)
    glossary: tuple[Term, ...] = ()  # terms that are the same thing on both sides (tcheck.glossary_file reads them)
    html_selector: str | None = None  # CSS for the article in HTML input; None: trafilatura finds it in a whole page
    # The models' outputs kept between runs (backends/stored.py): the CLI's file, an audit worker's chunk.
    # Only where a model's outputs are named by its weights (the packaged models' exports, installed
    # translation packages), unless `store_named`: the audit keeps a named model's by its name too.
    output_store: Memory | None = None
    store_named: bool = False
    _embedder: Embedder | None = None
    _verifier: Verifier | None = None
    _translators: dict[str, Translator] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                from .backends import prepared, sbert

                folder = prepared.for_name(prepared.EMBEDDER, self.embedder_name)
                if folder:
                    from .backends.onnx import OnnxEmbedder, meta

                    def load() -> Embedder:
                        return OnnxEmbedder(folder, sbert.DEFAULT, self._threads())

                    self._embedder = load() if self.output_store is None else \
                        StoredEmbedder(load, folder.name, sbert.DEFAULT, int(meta(folder)["dim"]), self.output_store)
                else:
                    named = sbert.SbertEmbedder(self.embedder_name)
                    _torch_threads(self.threads)
                    self._embedder = named
                    if self.output_store is not None and self.store_named:
                        self._embedder = StoredEmbedder.over(named, f"named/{named.name}", self.output_store)
            return self._embedder

    @property
    def verifier(self) -> Verifier | None:
        if self.verifier_name == NO_VERIFIER:
            return None
        with self._lock:
            if self._verifier is None:
                from .backends import prepared, verifier

                folder = prepared.for_name(prepared.VERIFIER, self.verifier_name)
                if folder:
                    from .backends.onnx import OnnxVerifier

                    def load() -> Verifier:
                        return OnnxVerifier(folder, verifier.packaged_name(), self._threads(),
                                            base=prepared.ready(prepared.EMBEDDER))

                    self._verifier = load() if self.output_store is None else \
                        StoredVerifier(load, folder.name, verifier.packaged_name(), self.output_store)
                else:
                    named = verifier.CrossEncoderVerifier(self.verifier_name)
                    _torch_threads(self.threads)
                    self._verifier = named
                    if self.output_store is not None and self.store_named:
                        self._verifier = StoredVerifier.over(named, f"named/{named.name}", self.output_store)
            return self._verifier

    def _threads(self) -> int:
        from .backends import prepared

        return self.threads or prepared.threads()

    def translator(self, lang: str) -> Translator:
        if lang == "en":
            return IdentityTranslator()
        with self._lock:
            if lang not in self._translators:
                if self.mt_engine == "apertium":
                    from .backends import apertium

                    def load() -> Translator:
                        return apertium.ApertiumTranslator(lang)

                    described = apertium.described
                elif self.mt_engine == "argos":
                    from .backends import argos

                    def load() -> Translator:
                        return argos.ArgosTranslator(lang, beam_size=self.beam_size,
                                                     threads=self.translator_threads or self._threads())

                    def described(lang: str) -> tuple[str, str]:
                        return argos.described(lang, self.beam_size)
                else:
                    raise InputError(f"unknown MT engine {self.mt_engine!r}; use {' or '.join(MT_ENGINES)}")
                if self.output_store is None:
                    self._translators[lang] = load()
                else:  # described() fails as fast as load() where no model is installed
                    name, model = described(lang)
                    self._translators[lang] = StoredTranslator(load, model, name, self.output_store)
            return self._translators[lang]

    def check(self, original: Source, translation: Source, mt: Source | None = None, stop=None,
              terms: tuple[Term, ...] = (), config: pipeline.Config | None = None) -> Report:
        """`stop`: see pipeline.check. `terms`: a glossary of this check's own, beside the checker's.
        `config`: this check's thresholds instead of the checker's (a request's sensitivity)."""
        if stop is not None:
            stop()  # before the texts are even read: a request whose client left starts no work
        p = self.prepare(original, translation, mt)
        report = pipeline.check(p.original, p.translation, p.translator, self.embedder, p.rendered,
                                config or self.config, self.verifier, stop, self.glossary + terms)
        return ignore.apply(report, self.ignore)

    def prepare(self, original: Source, translation: Source, mt: Source | None = None) -> Prepared:
        """Detect languages, segment both sides and pick the translator: everything before `pipeline.check`.

        The audit prepares many pairs first, so that their sentences go through models in one batch.
        """
        if original.text.strip() == translation.text.strip():
            raise InputError(f"{original.name} and {translation.name} hold the same text: nothing to compare")
        try:
            o_lang = original.lang or self._language(original)
        except InputError:  # no words a detector reads ("12 345 !!!"): English by its role, as it must be
            o_lang = "en"
        if o_lang != "en" and langid.reads_english(original.text):
            o_lang = "en"  # too short for a detector to overrule what the original is meant to be
        if o_lang != "en":
            raise InputError(
                f"{original.name}: the original must be English, but it reads as '{o_lang}' "
                f"(tcheck checks a translation against its English original)"
            )
        t_lang = translation.lang or self._language(translation)
        o_doc = _document(original, o_lang, self.html_selector)
        t_doc = _document(translation, t_lang, self.html_selector)
        if mt is not None and " ".join(mt.text.split()) == " ".join(original.text.split()):
            # Checked against itself, every change would vanish: "coverage 100%" and nothing found.
            raise InputError(f"{mt.name} is the original itself, not an English rendering of {translation.name}")
        rendered = _document(mt, "en", self.html_selector) if mt is not None else None
        if rendered is not None and (why := rendering.misfit(t_doc, rendered)):
            raise InputError(f"{mt.name} does not fit {translation.name} as its English rendering: {why} "
                             f"(leave the rendering out and tcheck translates)")
        # Load the translator before the embedder: a missing model should fail fast.
        try:
            translator = self.translator(t_lang) if rendered is None else IdentityTranslator()
        except ModelMissing as e:
            said = str(e)
            if self.mt_engine == "argos" and _apertium_reads(t_lang):
                said += (f"; or choose Apertium, whose {t_lang}->en is installed (--mt-engine apertium; on the "
                         "service's page, Machine translation)")
            if not translation.lang:
                # A detector can misread a line or two ("El consejo no aprobó el plan." as Nynorsk): say whose
                # reading the language was, and how to overrule it.
                said = f"{translation.name} reads as '{t_lang}', and {said} (if it is in another language, give " \
                       "--source-lang)"
            raise ModelMissing(said) from None
        return Prepared(o_doc, t_doc, translator, rendered)

    def _language(self, source: Source) -> str:
        """langid.detect, or what it said of the same text in an earlier run (stored.language): the
        detector's first call in a process loads its models (0.4 s)."""
        if self.output_store is None:
            return langid.detect(source.text, source.name)
        return stored.language(self.output_store, f"langid/{langid.signature()}", source.text[:langid.READ],
                               lambda text: langid.detect(text, source.name))


def _apertium_reads(lang: str) -> bool:
    from .backends import apertium

    try:
        apertium.find(lang)
    except ModelMissing:
        return False
    return True


def _torch_threads(n: int | None) -> None:
    """torch's own default is every core, whatever else runs beside it."""
    if n:
        import torch

        torch.set_num_threads(n)


def _document(source: Source, lang: str, html_selector: str | None = None):
    fmt = markup.sniff(source.text, source.filename)
    return pipeline.prepare(source.text, lang, fmt, source.name, html_selector)
