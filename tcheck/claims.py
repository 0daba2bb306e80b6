"""Claims below the sentence: clauses, and which of them the other side does not support. Pure.

A translation that keeps one half of a sentence still aligns with it, and its embedding barely
moves; the lost half shows up only when each clause is asked to find support on the other side.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from .lexical import coverage, stems

# Where one claim ends and another begins: semicolons, and commas or conjunctions that open a
# coordinated, relative, participial or concessive clause.
_BOUNDARY = re.compile(
    r";\s*|:\s+(?=[a-z])|,\s+(?=(?:and|but|while|although|though|whereas|which|who|whose|where|with|leaving|killing|"
    r"wounding|injuring|causing|making|including|after|before|because|as well as|despite|the|a|an|aged)\b)"
    r"|\s+(?=(?:and|but)\s+(?:the|a|an|it|he|she|they|its|his|her|their|two|three|four|five|\d+|[A-Z])\b)"
    r"|\s+(?=and\s+(?:will|would|was|were|is|are|has|had|have|could|can|may|must|also|then|later)\b)"
    r"|(?<=\w),\s+(?=[a-z]+ed\b)"
)


@dataclass(frozen=True)
class ClaimConfig:
    coverage: float = 0.5  # a clause whose content words the other side holds this share of is kept
    span_words: int = 2  # a run of this many content words that the other side lacks is a candidate
    gain: float = 0.0  # a candidate is a claim of its own when cutting it brings its side this much closer
    reworded: float = 0.4  # a dropped and an added piece of one sentence this alike are a rewording
    # Machine translation rewords more than an editor does, so translated text needs more evidence.
    translated_span_words: int = 3
    translated_gain: float = 0.03

    def translated(self) -> "ClaimConfig":
        return replace(self, span_words=self.translated_span_words, gain=self.translated_gain)


def split(text: str) -> list[str]:
    parts = [p.strip(" ,;:") for p in _BOUNDARY.split(text)]
    return [p for p in parts if p]


def candidates(text: str, other_text: str, cfg: ClaimConfig = ClaimConfig()) -> list[str]:
    """Pieces of `text` that may carry a claim the other side lacks: clauses of a sentence with
    several whose words the other side mostly lacks, and runs of words it lacks entirely."""
    clauses = split(text)
    found = []
    if len(clauses) > 1:
        found = [c for c in clauses if len(stems(c)) >= cfg.span_words and coverage(c, other_text) < cfg.coverage]
    for span in missing_spans(text, other_text, cfg.span_words):
        # A run of capitalised words only is a name, the name comparator's to judge; so is a named
        # speaker replaced by a pronoun ("Finance Minister Joana Bettencourt said" / "She said").
        if all(w[:1].isupper() or w.lower() in _SAYING for w in span.split()):
            continue
        if not any(span in c for c in found):
            found.append(span)
    return found


def windows(text: str, piece: str) -> list[str]:
    """Runs of words in `text` about as long as `piece` (one shorter to two longer)."""
    words = text.split()
    n = len(piece.split())
    return [" ".join(words[i:i + size]) for size in range(max(1, n - 1), n + 3) for i in range(len(words) - size + 1)]


def without(text: str, piece: str) -> str:
    """The text with one piece cut out, for the ablation test."""
    return " ".join(text.replace(piece, " ", 1).split())


def unsupported(pieces: list[str], gains: np.ndarray, cfg: ClaimConfig = ClaimConfig()) -> list[str]:
    """Pieces whose removal brings their side closer to the other side (by more than `cfg.gain`).

    A paraphrase carries meaning the other side has, so cutting it costs similarity; an added or
    dropped claim carries meaning the other side lacks, so cutting it gains similarity. Embeddings
    of a short phrase alone say little, but the whole sentence with and without it compare well.
    `gains[k]` = cos(text without piece k, other) - cos(text, other).
    """
    return [p for p, g in zip(pieces, gains) if g > cfg.gain]


def missing_spans(text: str, other_text: str, min_words: int) -> list[str]:
    """Runs of words whose content words the other text lacks ("... for nine hours", "aged 58").

    Clause boundaries miss a phrase added inside a clause; a run of unsupported content words
    finds it. Stopwords may sit inside a run but do not count towards its length, and numbers
    count only where their value is missing (the number comparator reads "forty" as 40).
    """
    theirs = stems(other_text) | stems(_as_digits(other_text))
    words = re.findall(r"[\w'’.,-]*\w|[^\w\s]", _as_digits(text))
    spans, run, content = [], [], 0
    for w in words + ["."]:
        s = stems(w) - _UNITS
        if re.match(r"\w", w) and not s:
            if run:
                run.append(w)  # a stopword inside a run
            continue
        if re.match(r"\w", w) and not s <= theirs:
            run.append(w)
            content += 1
            continue
        if content >= min_words:  # punctuation or a supported word ends the run
            spans.append(_trim(" ".join(run)))
        run, content = [], 0
    return [s for s in spans if s]


_UNITS = {"per", "cent", "perce", "%"}
_SAYING = {"said", "says", "told", "added", "according", "to", "of", "the"}


def _as_digits(text: str) -> str:
    from .facts.numbers import normalise

    return normalise(text)


def _trim(span: str) -> str:
    span = re.sub(r"^(?:(?:and|but|or|the|a|an|of|to|in|on|at|for|by|with|which|who)\s+)+", "", span, flags=re.I)
    return re.sub(r"(?:\s+(?:and|but|or|the|a|an|of|to|in|on|at|for|by|with|which|who))+$", "", span, flags=re.I)
