"""Real machine translation rated by professional translators: WMT23 zh-en MQM, read from ../shared.

Two English outputs of one Chinese news paragraph stand in for (original, English rendering of the
translation): two outputs that no rater found an Accuracy error in are a faithful pair; a clean output
against one with a Major omission, addition or mistranslation is a real change. Nothing of the text
is copied into the repository: every script reads it from `../shared/data/mqm-zhen-2023/`, beside the
checkout, or from the archive that TCHECK_MQM names (a clone elsewhere, such as a fresh one in /tmp).

The split is by document (sha1 of its id, in order): 22 train, 8 calibration, 8 test. Report on test;
never train or calibrate on it.
"""
from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import os
import re
import tarfile
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_BESIDE = (Path(__file__).resolve().parents[2] / "shared" / "data" / "mqm-zhen-2023"
           / "mqm_generalMT2023_zhen.tsv.tar.gz")
ARCHIVE = Path(os.environ.get("TCHECK_MQM") or _BESIDE)
SPLITS = {"train": 22, "calib": 8, "test": 8}
# Which Major error says what about the rendering; one output's label is the first of these it has.
LABELS = (("Accuracy/Omission", "dropped"), ("Accuracy/Addition", "added"), ("Accuracy/Mistranslation", "altered"))
_MARK = re.compile(r"</?v>")


@dataclass(frozen=True)
class Output:
    """One MT system's English for one paragraph, with what the raters found in it."""

    doc: str
    seg: int
    system: str
    text: str
    label: str  # "clean" (no Accuracy error from any rater), "dropped", "added", "altered", "minor" (only
    # Minor Accuracy errors), or "other"
    spans: tuple[str, ...] = ()  # the English words the raters blamed for the label (empty for omissions)
    raters: int = 0  # how many of the three raters marked a Major error of the label's kind


@dataclass(frozen=True)
class Pair:
    """`reference` is clean; `rendering` is clean too (label "faithful") or carries the change."""

    doc: str
    seg: int
    reference: str
    rendering: str
    label: str  # faithful, dropped, added, altered
    spans: tuple[str, ...] = ()
    raters: int = 0


@lru_cache(maxsize=1)
def outputs(archive: Path = ARCHIVE) -> tuple[Output, ...]:
    if not archive.is_file():  # every caller is a script: one line, not a traceback
        raise SystemExit(f"the real-MT corpus is not at {archive}: set TCHECK_MQM to its .tsv.tar.gz")
    rows: dict[tuple[str, int, str], list[dict]] = defaultdict(list)
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(".tsv"))
        text = io.TextIOWrapper(tar.extractfile(member), encoding="utf-8")
        csv.field_size_limit(1 << 30)
        for row in csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["severity"] == "HOTW-test":  # the raters' attention checks, on doctored text
                continue
            rows[row["doc"], int(row["docSegId"]), row["system"]].append(row)
    out = []
    for (doc, seg, system), rs in sorted(rows.items()):
        accuracy = [r for r in rs if r["category"].startswith("Accuracy/")]
        minor = all(r["severity"] == "Minor" for r in accuracy)
        label, spans, raters = ("clean" if not accuracy else "minor" if minor else "other"), (), 0
        for prefix, name in LABELS:
            major = [r for r in accuracy if r["category"].startswith(prefix) and r["severity"] == "Major"]
            if major:
                label, raters = name, len({r["rater"] for r in major})
                spans = tuple(dict.fromkeys(m for r in major for m in re.findall(r"<v>(.*?)</v>", r["target"])))
                break
        out.append(Output(doc, seg, system, _MARK.sub("", rs[0]["target"]).strip(), label, spans, raters))
    return tuple(out)


@lru_cache(maxsize=1)
def split_of() -> dict[str, str]:
    docs = sorted({o.doc for o in outputs()}, key=lambda d: hashlib.sha1(d.encode()).hexdigest())
    names = [name for name, n in SPLITS.items() for _ in range(n)]
    if len(names) != len(docs):
        raise ValueError(f"expected {len(names)} documents, found {len(docs)}")
    return dict(zip(docs, names))


def fold_of(doc: str, folds: int) -> int:
    """The fold of a document among `folds` of its split, in the split's own order: for cross-fitting
    (train.py --fold, calibrate.py --crossfit), so that every pair of the train split can be scored by a
    verifier that never saw its document."""
    split = split_of()[doc]
    return [d for d, s in split_of().items() if s == split].index(doc) % folds


def trained_on(verifier: Path) -> tuple[list[str], list[int] | None]:
    """The splits a verifier folder was trained on, and the fold it left out ([K, folds], or None), as
    train.py names them in its verifier.json; a verifier from before it named them saw the train split."""
    config = json.loads((verifier / "verifier.json").read_text(encoding="utf-8"))
    return config.get("splits", ["train"]), config.get("fold")


def segments(split: str) -> dict[tuple[str, int], list[Output]]:
    """The outputs of every paragraph of one split, keyed by (document, paragraph number)."""
    by_seg: dict[tuple[str, int], list[Output]] = defaultdict(list)
    for o in outputs():
        if split_of()[o.doc] == split and o.text:
            by_seg[o.doc, o.seg].append(o)
    return dict(by_seg)


def faithful(split: str) -> list[Pair]:
    pairs = []
    for (doc, seg), outs in segments(split).items():
        clean = _distinct([o for o in outs if o.label == "clean"])
        pairs += [Pair(doc, seg, a.text, b.text, "faithful") for a, b in itertools.combinations(clean, 2)]
    return pairs


def minor(split: str) -> list[Pair]:
    """Clean outputs against outputs whose Accuracy errors the raters all called Minor: renderings that
    an editor would pass, with more of real MT's ordinary differences than clean pairs alone show."""
    pairs = []
    for (doc, seg), outs in segments(split).items():
        clean = _distinct([o for o in outs if o.label == "clean"])
        seen = {c.text for c in clean}
        slight = [o for o in _distinct([o for o in outs if o.label == "minor"]) if o.text not in seen]
        pairs += [Pair(doc, seg, c.text, m.text, "faithful") for c in clean for m in slight]
    return pairs


def changed(split: str) -> list[Pair]:
    """Clean outputs against outputs with a Major Accuracy error from any rater (`raters` says how many)."""
    pairs = []
    for (doc, seg), outs in segments(split).items():
        clean = _distinct([o for o in outs if o.label == "clean"])
        bad = [o for o in outs if o.label in ("dropped", "added", "altered")]
        pairs += [Pair(doc, seg, c.text, b.text, b.label, b.spans, b.raters)
                  for c in clean for b in bad if c.text != b.text]
    return pairs


def documents(split: str) -> dict[str, dict[int, dict[str, Output]]]:
    """Each document of one split: its paragraphs by number, each paragraph's outputs by system."""
    docs: dict[str, dict[int, dict[str, Output]]] = defaultdict(lambda: defaultdict(dict))
    for (doc, seg), outs in segments(split).items():
        for o in outs:
            docs[doc][seg][o.system] = o
    return docs


def articles(split: str, system_a: str, system_b: str) -> list[tuple[str, list[Output], list[Output]]]:
    """Per document, the paragraphs in order as two systems rendered them (an article pair)."""
    out = []
    for doc, segs in sorted(documents(split).items()):
        order = sorted(s for s in segs if system_a in segs[s] and system_b in segs[s])
        out.append((doc, [segs[s][system_a] for s in order], [segs[s][system_b] for s in order]))
    return out


def _distinct(outs: list[Output]) -> list[Output]:
    """Two systems that wrote the very same English are one rendering, not a faithful pair."""
    seen, keep = set(), []
    for o in outs:
        if o.text not in seen:
            seen.add(o.text)
            keep.append(o)
    return keep
