"""Plain data that flows through tcheck, one way: Document -> Bead -> Finding -> Report.

Imports nothing from tcheck, so every other module (and every renderer) can depend on it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SegmentKind = Literal["sentence", "heading", "caption", "dateline"]
# Where words stand in a text: [start, end) in characters (code points, as Python indexes a str).
Span = tuple[int, int]
FindingType = Literal["added", "dropped", "altered"]
Severity = Literal["critical", "major", "minor"]


@dataclass(frozen=True)
class Segment:
    """One sentence-like unit of a text, with the paragraph it came from."""

    text: str
    paragraph: int
    kind: SegmentKind = "sentence"


@dataclass(frozen=True)
class Document:
    segments: tuple[Segment, ...]
    lang: str

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.segments]


@dataclass(frozen=True)
class Bead:
    """Original segment indices aligned to translation segment indices.

    An empty side is a claim the other side added or dropped (Bertalign's convention).
    """

    original: tuple[int, ...]
    translation: tuple[int, ...]
    similarity: float = 0.0


# What a comparator writes for a side that holds no words for the fact: a hedge lost ("stated as
# fact"), a negation gone ("affirmative"), a quote no longer quoted. Values of before and after, never
# text to find in a sentence.
STATED = "stated as fact"
AFFIRMATIVE = "affirmative"
FINDING_ID = r"f-[0-9a-f]{12}"  # Finding.id as ignore.finding_id makes it, and as files and requests name it
FINDING_ID_HINT = "they look like f-0123456789ab"
NO_NEGATION = "(no negation)"  # AFFIRMATIVE as a report says it: "halt → affirmative" read as jargon
NOT_QUOTED = "(not quoted)"
NO_WORDS = frozenset({"", STATED, AFFIRMATIVE, NOT_QUOTED})


@dataclass(frozen=True)
class Change:
    """One fact that differs between two aligned texts."""

    kind: str  # number, date, name, negation, opposite, polarity, hedge, quote, claim
    before: str
    after: str
    # The words as the two texts say them, where before/after name the fact in a comparator's own
    # terms ("affirmative" / "not"): ("approved", "did not approve"). For the reader alone.
    said: tuple[str, str] | None = field(default=None, compare=False)
    # Where the fact stands: in the original text, and in the English that the comparator read.
    before_spans: tuple[Span, ...] = field(default=(), compare=False)
    after_spans: tuple[Span, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Finding:
    """One claim added, dropped or altered: data that renderers put into words (render.words.reason)."""

    type: FindingType
    kind: str
    severity: Severity
    original: str | None
    translation: str | None
    translation_en: str | None
    original_index: tuple[int, ...] = ()
    translation_index: tuple[int, ...] = ()
    similarity: float | None = None
    chrf: float | None = None
    before: str | None = None  # the fact or words as the original has them ("340"); None for a whole claim
    after: str | None = None  # ... and as the translation has them ("430")
    said: tuple[str, str] | None = None  # the words as the texts say them, where before/after do not (Change.said)
    # Where the finding's words stand (its fact, or the part of a claim): in `original`, and in
    # `translation_en`. Empty for a whole claim, and where a side has no words for it ("stated as fact").
    before_spans: tuple[Span, ...] = ()
    after_spans: tuple[Span, ...] = ()
    verifier: float | None = None  # the learned verifier's probability that the pair's meaning changed
    id: str = ""  # stable across reruns and edits elsewhere: ignore.finding_id


@dataclass(frozen=True)
class Scores:
    bleu: float
    chrf: float
    coverage: float
    bleu_signature: str = ""
    chrf_signature: str = ""


@dataclass(frozen=True)
class Doubt:
    """Why the translation step looks broken: `measure` ("coverage" or "chrf") fell below `bound`."""

    measure: str
    value: float
    bound: float


@dataclass(frozen=True)
class Report:
    """Everything a renderer needs; renderers read nothing else."""

    original: Document
    translation: Document
    translation_en: tuple[str, ...]
    beads: tuple[Bead, ...]
    findings: tuple[Finding, ...]
    scores: Scores
    meta: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    ignored: int = 0  # findings an ignore rule silenced (ignore.apply)
    unreliable: Doubt | None = None  # the translation step failed: the findings say little (reliability.judge)
    below: int = 0  # findings less severe than meta's min_severity, left out (severity.filtered)

    @property
    def verdict(self) -> str:
        if self.unreliable is not None:
            return "unreliable"
        return "findings" if self.findings else "clean"

    def count(self, type_: FindingType) -> int:
        return sum(1 for f in self.findings if f.type == type_)
