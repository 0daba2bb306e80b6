"""Score tcheck and two naive baselines on the labelled pairs. Imported by run.py and calibrate.py."""
from __future__ import annotations

import atexit
import hashlib
import json
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tcheck import pipeline, score, verify
from tcheck.backends.base import IdentityTranslator
from tcheck.types import Document, Finding

DATA = Path(__file__).resolve().parent / "data"
LABELS = ["number", "date", "name", "negation", "hedge", "quote", "partial_drop", "added_clause", "dropped", "added"]
# Which finding kinds answer which label (a finding of the right type, not just any finding).
KIND_FOR_LABEL = {
    "number": {"altered/number"}, "date": {"altered/date"}, "name": {"altered/name"},
    "negation": {"altered/negation", "altered/opposite", "altered/polarity"},
    "hedge": {"altered/hedge"}, "quote": {"altered/quote"}, "partial_drop": {"dropped/partial"},
    "added_clause": {"added/partial"}, "dropped": {"dropped/claim"}, "added": {"added/claim"},
}
# The verifier's own findings (kind meaning) answer the labels that judge meaning, not exact facts.
for _label, _type in (("negation", "altered"), ("partial_drop", "dropped"), ("added_clause", "added")):
    KIND_FOR_LABEL[_label] = KIND_FOR_LABEL[_label] | {f"{_type}/meaning"}
# Real MT (training/realmt.py): the raters' labels say only the type; planted changes say the kind.
KIND_FOR_LABEL.update({
    "natural_altered": {"altered/*"}, "natural_dropped": {"dropped/*"}, "natural_added": {"added/*"},
    "antonym": {"altered/negation", "altered/opposite", "altered/polarity", "altered/meaning"},
    "clause_drop": KIND_FOR_LABEL["partial_drop"],
    "clause_add": KIND_FOR_LABEL["added_clause"],
    "sentence_drop": {"dropped/claim", "dropped/partial", "dropped/meaning"},
    "sentence_add": {"added/claim", "added/partial", "added/meaning"},
})
REAL_LABELS = ["number", "date", "name", "negation", "antonym", "hedge", "quote", "clause_drop", "clause_add",
               "sentence_drop", "sentence_add", "natural_altered", "natural_dropped", "natural_added"]


class _Stored:
    """A dict kept on disk between runs, one file per model name (the names hash their weights), so
    that a rerun after a change to the rules re-embeds and re-judges nothing."""

    def __init__(self, kind: str, name: str):
        folder = Path(os.environ.get("TCHECK_BENCH_CACHE", Path.home() / ".cache" / "tcheck" / "bench"))
        self.path = folder / f"{kind}-{hashlib.sha256(name.encode()).hexdigest()[:16]}.pkl"
        try:
            self.data: dict = pickle.loads(self.path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError):
            self.data = {}
        self._size = len(self.data)
        atexit.register(self.save)

    def save(self) -> None:
        if len(self.data) != self._size:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}")
            tmp.write_bytes(pickle.dumps(self.data, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(self.path)
            self._size = len(self.data)


class CachedEmbedder:
    """Remembers every vector, so that sweeping thresholds re-embeds nothing, in this run or the next.
    The benchmarks embed in float32 (SbertEmbedder(bfloat16=False)): what the shipped ONNX check
    computes, on any CPU."""

    def __init__(self, inner):
        self.inner, self.name, self.multilingual = inner, inner.name, inner.multilingual
        self.cache = _Stored("embed", f"{inner.name}/{getattr(inner, 'precision', '')}").data

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if todo:
            for t, v in zip(todo, self.inner.embed_batch(todo)):
                self.cache[t] = v
        if not texts:
            return self.inner.embed_batch([])
        return np.stack([self.cache[t] for t in texts])

    def tokens(self, texts: list[str]):
        """Token vectors are not kept: they take 40 times the room of a text's vector."""
        return self.inner.tokens(texts)


class CachedVerifier:
    """Remembers each pair's probabilities and sharpened probabilities, in this run and the next."""

    def __init__(self, inner):
        self.inner, self.name = inner, inner.name
        self.symmetric = getattr(inner, "symmetric", False)
        self.cache = _Stored("verify", inner.name).data

    def _rows(self, key: str, originals: list[str], renderings: list[str], compute) -> np.ndarray:
        pairs = [(key, a, b) for a, b in zip(originals, renderings)]
        todo = list(dict.fromkeys(p for p in pairs if p not in self.cache))
        if todo:
            for p, row in zip(todo, compute([a for _, a, _ in todo], [b for _, _, b in todo])):
                self.cache[p] = row
        if not pairs:
            return np.zeros((0, len(verify.CLASSES)), dtype=np.float32)
        return np.stack([self.cache[p] for p in pairs])

    def classify(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        return self._rows("probs", originals, renderings, self.inner.classify)

    def marks(self, originals: list[str], renderings: list[str]):
        """Not remembered: asked only for the few pairs where the verifier raises a finding."""
        return self.inner.marks(originals, renderings) if hasattr(self.inner, "marks") else None

    def sharpened(self, originals: list[str], renderings: list[str], probs: np.ndarray) -> np.ndarray:
        if not hasattr(self.inner, "sharpened"):
            return probs
        return self._rows("sharpened", originals, renderings,
                          lambda a, b: self.inner.sharpened(a, b, self.classify(a, b)))


class Unmarked:
    """A verifier without its marker: its own findings blame the run with the most new content words."""

    def __init__(self, inner):
        self.inner, self.name = inner, inner.name
        self.symmetric = getattr(inner, "symmetric", False)

    def classify(self, originals: list[str], renderings: list[str]) -> np.ndarray:
        return self.inner.classify(originals, renderings)

    def sharpened(self, originals: list[str], renderings: list[str], probs: np.ndarray) -> np.ndarray:
        return self.inner.sharpened(originals, renderings, probs)


def load(name: str = "sentences.jsonl") -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def document(text: str) -> Document:
    if not text.strip():
        return Document((), "en")
    return pipeline.prepare(text, "en")


@dataclass
class Outcome:
    label: str
    kinds: set[str] = field(default_factory=set)

    @property
    def flagged(self) -> bool:
        return bool(self.kinds)

    @property
    def typed(self) -> bool:
        return _answers(self.kinds, self.label)


def _answers(kinds: set[str], label: str) -> bool:
    wanted = KIND_FOR_LABEL.get(label, set())
    return bool(kinds & wanted) or any(f"{k.split('/')[0]}/*" in wanted for k in kinds)


@dataclass
class Collected:
    """One pair's findings with the verifier's score on each, gated by nothing: decide() applies a
    VerifyConfig afterwards, so that one run serves every threshold (and the rules alone)."""

    label: str
    findings: list[Finding]
    pair_score: float | None = None  # the verifier's alarm (Judgement.alarm) on the whole pair, for AUC and
                                     # "verifier alone"


COLLECT = verify.VerifyConfig(default=0.0, raised=0.0, weak_raised=0.0)
# Every rule's finding gated out: the verifier raises a finding of its own on every pair it reads.
RAISE_ALL = verify.VerifyConfig(default=2.0, raised=0.0, weak_raised=0.0)
LINK = pipeline.Config().align.link  # a bead less similar is a weak link (verify.apply)


def on_weak_link(f: Finding) -> bool:
    return f.similarity is not None and f.similarity < LINK


def _bead(f: Finding) -> tuple:
    return f.original_index, f.translation_index


def collect(items: list[dict], embedder, verifier, config: pipeline.Config | None = None,
            translated: bool = False) -> list[Collected]:
    """Each pair checked with nothing gated. Where a rule found something that the verifier read, the
    pair is checked once more with every rule's finding gated out, for the finding the verifier would
    raise there of its own (verify.apply: a finding that its gate drops leaves the bead to it)."""
    config = config or pipeline.Config()
    out = []
    pairs = [(it["original"], it["translation"]) for it in items
             if it["original"].strip() and it["translation"].strip()]
    whole = iter(pipeline.judge(verifier, [a for a, _ in pairs], [b for _, b in pairs]) if verifier and pairs else [])
    for it in items:
        original, rendering = document(it["original"]), document(it["translation"])
        source = Document(rendering.segments, "xx") if translated else rendering

        def check(verify_config: verify.VerifyConfig) -> list[Finding]:
            return list(pipeline.check(original, source, IdentityTranslator(), embedder,
                                       rendering if translated else None,
                                       pipeline.Config(config.align, config.claims, verify_config), verifier).findings)

        findings = check(COLLECT)
        ruled = {_bead(f) for f in findings if f.kind != "meaning" and f.verifier is not None}
        if ruled:
            findings += [f for f in check(RAISE_ALL) if f.kind == "meaning" and _bead(f) in ruled]
        score_ = next(whole).alarm if verifier and it["original"].strip() and it["translation"].strip() else None
        out.append(Collected(it["label"], findings, score_))
    return out


def decide(collected: list[Collected], cfg: verify.VerifyConfig | None, translated: bool = False) -> list[Outcome]:
    """Outcomes under a verifier config; None: the rules alone (the verifier's findings and gates
    ignored). The verifier's own finding counts only on a bead where no rule's finding stands."""
    return [Outcome(c.label, {f"{f.type}/{f.kind}" for f in kept(c, cfg, translated)}) for c in collected]


def kept(c: Collected, cfg: verify.VerifyConfig | None, translated: bool = False) -> list[Finding]:
    """The findings of one pair that a verifier config reports (None: the rules alone), gated as
    verify.apply gates them."""
    out = [f for f in c.findings if f.kind != "meaning"
           and (cfg is None or f.verifier is None
                or f.verifier >= cfg.gate(f.kind, not translated, verify.exact_in_mt(f.kind, f.before, f.after)))]
    if cfg is not None:
        stood = {_bead(f) for f in out}
        out += [f for f in c.findings if f.kind == "meaning" and _bead(f) not in stood
                and f.verifier >= cfg.raise_at(on_weak_link(f))]
    return out


def baseline_scores(items: list[dict], embedder) -> tuple[np.ndarray, np.ndarray]:
    """Per item: cosine similarity and sentence chrF of the whole pair (an empty side scores 0)."""
    cos, chrf = [], []
    for it in items:
        a, b = it["original"], it["translation"]
        if not a.strip() or not b.strip():
            cos.append(0.0)
            chrf.append(0.0)
            continue
        v = embedder.embed_batch([a, b])
        cos.append(float(v[0] @ v[1]))
        chrf.append(score.sentence_chrf(b, a))
    return np.array(cos), np.array(chrf)


def baseline_outcomes(items: list[dict], values: np.ndarray, fp_budget: float) -> tuple[float, list[Outcome]]:
    """Flag pairs scoring below a threshold, set as high as the faithful-flag budget allows."""
    faithful = np.array([it["label"] == "faithful" for it in items])
    best = min(values) - 1
    for t in sorted(set(values.tolist())):
        if np.mean(values[faithful] < t) <= fp_budget:
            best = t
    return best, [Outcome(it["label"], {"any"} if v < best else set()) for it, v in zip(items, values)]


def table(outcomes: list[Outcome], labels: list[str] = LABELS) -> dict[str, dict[str, float]]:
    rows = {}
    for label in labels:
        pos = [o for o in outcomes if o.label == label]
        predicted = [o for o in outcomes if _answers(o.kinds, label)]
        tp = sum(1 for o in predicted if o.label == label)
        recall = sum(o.flagged for o in pos) / len(pos) if pos else 0.0
        typed = sum(o.typed for o in pos) / len(pos) if pos else 0.0
        precision = tp / len(predicted) if predicted else 0.0
        f1 = 2 * precision * typed / (precision + typed) if precision + typed else 0.0
        rows[label] = {"n": len(pos), "recall": recall, "typed_recall": typed, "precision": precision, "f1": f1}
    faithful = [o for o in outcomes if o.label == "faithful"]
    rows["faithful"] = {"n": len(faithful), "flagged": sum(o.flagged for o in faithful) / max(len(faithful), 1)}
    return rows
