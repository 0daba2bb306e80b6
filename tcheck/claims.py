"""Claims below the sentence: clauses, and which of them the other side does not support. Pure.

A translation that keeps one half of a sentence still aligns with it, and its embedding barely
moves; the lost half shows up only when each clause is asked to find support on the other side.
This module works on words alone: which pieces may carry a claim of their own (`candidates`), and
which stand where the other side has words of its own, a rewording (`substituted`). partial.py
judges the candidates with sentence embeddings.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from .facts import dates, hedges, known_as
from .facts.quotes import MARKS as _QUOTE_MARKS
from .lexical import coverage, stems

# Where one claim ends and another begins: semicolons, and commas or conjunctions that open a
# coordinated, relative, participial or concessive clause.
_BOUNDARY = re.compile(
    r";\s*|:\s+(?=[a-z])|,\s+(?=(?:and|but|while|although|though|whereas|which|who|whose|where|with|leaving|killing|"
    r"wounding|injuring|causing|making|including|after|before|because|as well as|despite|the|a|an|its|his|her|their"
    r"|aged)\b)"
    r"|\s+(?=(?:and|but)\s+(?:the|a|an|it|he|she|they|its|his|her|their|two|three|four|five|\d+|[A-Z])\b)"
    r"|\s+(?=and\s+(?:will|would|was|were|is|are|has|had|have|could|can|may|must|also|then|later)\b)"
    r"|(?<=\w),\s+(?=[a-z]+ed\b)"
)


@dataclass(frozen=True)
class ClaimConfig:
    coverage: float = 0.5  # a clause whose content words the other side holds this share of is kept
    span_words: int = 2  # a run of this many content words that the other side lacks is a candidate
    # A clause of its own (claims.split) whose words the other side mostly lacks, from this many content
    # words: in MT too, where a run needs translated_span_words ("; it was flown to hospital").
    clause_words: int = 3
    # Where this side holds every content word of the other, its extra words cannot be a rewording
    # of anything there: a shorter run ("unharmed", "aged 58") is then a candidate too.
    pure_span_words: int = 2
    # A shorter run still counts where it holds a word this rare in English (Zipf frequency):
    # "unharmed" (3.1) or "by helicopter" (4.1) carry a fact; "because" (6.0) or "went" (5.5) do not.
    rare: float = 4.2
    pure_rare: float = 4.2  # the same where this side holds every content word of the other
    gain: float = 0.0  # a candidate is a claim of its own when cutting it brings its side this much closer
    # ... or, where the embedder gives token vectors, when its weakest words match the other side's
    # this poorly (support.of_piece): a short piece in a long sentence moves the sentence's vector little.
    support: float | None = None
    # ... or where no run of the other side's words, read alone, is this like the piece read alone
    # (partial.matches): an appended clause from another story resembles nothing there, a reworded one
    # the run that says it.
    unmatched: float | None = None
    reworded: float = 0.5  # a dropped and an added piece of one sentence this alike are a rewording
    moved: float = 0.6  # a lost piece this alike a lone sentence on the other side was moved there
    implied: float = 0.6  # a word or two this alike a phrase of the other side is implied there
    # Machine translation rewords more than an editor does, so translated text needs more evidence:
    # thresholds.json's, chosen on real MT by benchmarks/accuracy/claims_grid.py.
    translated_span_words: int = 3
    translated_gain: float = 0.03
    translated_support: float | None = None

    def translated(self) -> "ClaimConfig":
        return replace(self, span_words=self.translated_span_words, gain=self.translated_gain,
                       support=self.translated_support, rare=0.0, pure_rare=0.0,
                       pure_span_words=max(self.pure_span_words, self.translated_span_words - 1))


def split(text: str) -> list[str]:
    parts = []
    for p in _BOUNDARY.split(text):
        # A relative clause between commas ends at its comma: "the driver, who had no licence, lost control".
        if re.match(r"(?:who|which|whose|where)\b", p) and ", " in p:
            parts += p.split(", ", 1)
        else:
            parts.append(p)
    return [p for p in (p.strip(" ,;:") for p in parts) if p]


def candidates(text: str, other_text: str, cfg: ClaimConfig = ClaimConfig()) -> list[str]:
    """Pieces of `text` that may carry a claim the other side lacks: clauses of a sentence with
    several whose words the other side mostly lacks, and runs of words it lacks entirely."""
    clauses = split(text)
    found = []
    if len(clauses) > 1:
        found = [c for c in clauses if len(stems(c)) >= cfg.clause_words and coverage(c, other_text) < cfg.coverage]
    # Names are the name comparator's: "hospitals in Norway" / "Norwegian hospitals" is still pure.
    pure = not novel(" ".join(w for w in other_text.split() if not w[:1].isupper()), text)
    for span in missing_spans(text, other_text, cfg.pure_span_words if pure else cfg.span_words,
                              cfg.pure_rare if pure else cfg.rare):
        # A run of capitalised words only is a name, the name comparator's to judge; so is a named
        # speaker replaced by a pronoun ("Finance Minister Joana Bettencourt said" / "She said"). A day
        # ("Tuesday", "March") is no name.
        if all((w[:1].isupper() and not _dated(w)) or w.lower() in _SAYING for w in span.split()):
            continue
        if _renamed(span, other_text):
            continue
        if not stems(hedges.without(span)):
            continue  # a hedge alone ("reportedly") is the hedge comparator's
        if span not in found:
            found.append(span)
    return found


def windows(text: str, piece: str, shorter: int = 1, longer: int = 2) -> list[str]:
    """Runs of words in `text` about as long as `piece` (`shorter` words shorter to `longer` longer)."""
    words = text.split()
    n = len(piece.split())
    return [" ".join(words[i:i + size]) for size in range(max(1, n - shorter), n + longer + 1)
            for i in range(len(words) - size + 1)]


def without(text: str, piece: str) -> str:
    """The text with one piece cut out, for the ablation test."""
    return " ".join(text.replace(piece, " ", 1).split())


# A rewording may say a little more or less than what it rewords, by this many content words.
REWORDING_SLACK = 2


def substituted(piece: str, text: str, other_text: str, slack: int = REWORDING_SLACK) -> bool:
    """The piece stands where the other side has words of its own, not a gap: "gave the go-ahead"
    between "council" and "plans" where the other side says "council approved plans".

    That is a rewording (or a changed fact, which the fact comparators judge), not a claim one
    side lacks. Phrase embeddings cannot tell an idiom from an addition; position can. The
    neighbours are the nearest words on each side of the piece that the other side also holds.
    """
    start = text.find(piece)
    if start < 0:
        return False
    theirs, end = _support(other_text), start + len(piece)
    before = [m for m in _WORD.finditer(text, 0, start) if _stem_set(m.group()) - _UNITS][-1:]
    after = [m for m in _WORD.finditer(text, end) if _stem_set(m.group()) - _UNITS][:1]
    left, right = [m.group() for m in before], [m.group() for m in after]
    if any(not _stem_set(w) <= theirs for w in left + right):
        return False  # a neighbour that changed too: no telling which change stands for which
    if any(_count(text, w) > 1 or _count(other_text, w) > 1 for w in left + right):
        return False  # a neighbour said twice ("exports of salmon ..., while exports of cod"): no telling where
    lo = _find(other_text, left[0], 0) if left else None
    hi = _find(other_text, right[0], lo.end() if lo else 0) if right else None
    if (left and lo is None) or (right and hi is None):
        return False
    between = other_text[lo.end() if lo else 0:hi.start() if hi else len(other_text)]
    own = _own_words(between, text)
    if own and bool(left) != bool(right):
        # At an end of the text, words of its own between the piece and its one neighbour stand for the
        # other side's: "will not pay for related costs." / "will not pay for them, and in Syria ...".
        gap = text[before[0].end():start] if before else text[end:after[0].start()]
        if _own_words(gap, other_text):
            return False
    return bool(own) and len(_stem_set(piece)) <= len(own) + slack


def _own_words(words: str, other_text: str) -> set[str]:
    """The content words that the other text lacks, or, where it holds them all, the pronouns it lacks:
    a pronoun stands for a noun too ("leading to its recovery" / "to the painting's recovery")."""
    return (novel(words, other_text)
            or set(re.findall(r"\w+", words.lower())) & _PRONOUNS - set(re.findall(r"\w+", other_text.lower())))


_WORD = re.compile(r"[\w'’-]*\w")


def _stem_set(text: str) -> set[str]:
    return stems(_as_digits(text))


@lru_cache(maxsize=1024)
def _support(text: str) -> frozenset[str]:
    # Remembered: the claims stage asks it of one side of a bead once per run of the other side's words
    # that may reword a piece (partial.find), hundreds of times for a long sentence.
    return frozenset(stems(text) | stems(_as_digits(text)))


def _count(text: str, word: str) -> int:
    target = _stem_set(word)
    return sum(1 for m in _WORD.finditer(text) if target <= _stem_set(m.group()))


def _find(text: str, word: str, start: int) -> re.Match | None:
    """The first word of the text from `start` on with the same stems as `word`."""
    target = _stem_set(word)
    return next((m for m in _WORD.finditer(text, start) if target <= _stem_set(m.group())), None)


def novel(piece: str, text: str) -> set[str]:
    """The piece's content words (and numbers' values) that the text lacks."""
    return _stem_set(piece) - _support(text) - _UNITS


def unsupported(pieces: list[str], gains: np.ndarray, cfg: ClaimConfig = ClaimConfig(),
                supports: np.ndarray | None = None, matches: np.ndarray | None = None) -> list[str]:
    """Pieces whose removal brings their side closer to the other side (by more than `cfg.gain`), or
    whose words the other side's match poorly (`supports`, below `cfg.support`, where both are given),
    or that nothing on the other side resembles (`matches`, below `cfg.unmatched`).

    A paraphrase carries meaning the other side has, so cutting it costs similarity; an added or
    dropped claim carries meaning the other side lacks, so cutting it gains similarity. Embeddings
    of a short phrase alone say little, but the whole sentence with and without it compare well.
    `gains[k]` = cos(text without piece k, other) - cos(text, other). Yet a clause of ten words moves
    a sentence of fifty little ("..., while an increase of nearly half compared to the previous
    year"), and there its tokens, each read in its sentence, still find no match on the other side.
    """
    passed = ablated(gains, cfg, supports)
    if matches is not None and cfg.unmatched is not None:
        passed |= matches < cfg.unmatched
    kept = [p for p, ok in zip(pieces, passed) if ok]
    # A clause and a run of words inside it may both pass: report the loss once, as the larger piece.
    return [p for p in kept if not any(p != q and p in q for q in kept)]


def ablated(gains: np.ndarray, cfg: ClaimConfig = ClaimConfig(), supports: np.ndarray | None = None) -> np.ndarray:
    """Per piece, whether cutting it brings its side closer, or its words find no match (unsupported)."""
    passed = gains > cfg.gain
    if supports is not None and cfg.support is not None:
        passed |= supports < cfg.support
    return passed


def missing_spans(text: str, other_text: str, min_words: int, rare: float = 0.0) -> list[str]:
    """Runs of words whose content words the other text lacks ("... for nine hours", "aged 58"),
    as they stand in `text`.

    Clause boundaries miss a phrase added inside a clause; a run of unsupported content words
    finds it. Stopwords may sit inside a run but do not count towards its length, and numbers
    count only where their value is missing (the number comparator reads "forty" as 40).
    """
    theirs = _support(other_text) | (_NEGATIONS & set(other_text.lower().split())) | _same_amounts(text, other_text)
    tokens = list(_TOKEN.finditer(text))
    words = _TOKEN.findall(_as_digits(text))
    # A day is a claim by itself where the other side names no date: beside one it names, "Friday,
    # 10 February" / "10 February", it says what that date says.
    days = any(map(_dated, words)) and not dates.extract(other_text)
    origin = _origins([t.group() for t in tokens], words)
    spans, run, content, rarest, opens = [], [], 0, 99.0, False
    for k, w in enumerate(words + ["."]):
        # A negation is a stopword that carries a claim: "who did not have a licence".
        s = {w.lower()} if w.lower() in _NEGATIONS else stems(w) - _UNITS
        if w in _QUOTE_MARKS:
            continue  # a quotation inside a lost clause is part of it: said the offer was "fair"
        if re.match(r"\w", w) and not s:
            if run or (stems(w) and k + 1 < len(words) and re.search(r"\d", words[k + 1])):
                run.append(k)  # a stopword inside a run, or a unit before a number ("aged 58")
            continue
        if re.match(r"\w", w) and not s <= theirs:
            if not run:
                opens = _opens(words, k)
            run.append(k)
            # A number or a day the other side lacks is a claim by itself: "for three hours", "a 60-day
            # state", "plummeted on Tuesday".
            content += max(min_words, 1) if re.search(r"\d", w) or days and _dated(w, words, k) else 1
            rarest = min(rarest, _zipf(w))
            continue
        # Punctuation or a supported word ends the run. A run that opens a phrase of its own, a list
        # item or a prepositional phrase ("roads, hospitals and police stations", "with a broken leg"),
        # may be a word shorter.
        if run and (content >= min_words - (1 if opens else 0) or rarest < rare):
            spans.append(_trim(text[tokens[origin[run[0]][0]].start():tokens[origin[run[-1]][1]].end()]))
        run, content, rarest = [], 0, 99.0
    return [s for s in spans if s]


_TOKEN = re.compile(r"[\w'’.,-]*\w|[^\w\s]")


def _dated(word: str, words: Sequence[str] = (), k: int = 0) -> bool:
    """A weekday or a month, and not one beside its day's number ("November 11", "11 November"), which
    is the claim where the other side lacks it: "The 11.11 sales" / "The November 11 sales"."""
    beside = words[k - 1:k] + words[k + 1:k + 2]
    return dates.ENGLISH_DAYS.fullmatch(word) is not None and \
        not any(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w) for w in beside)


def _origins(tokens: list[str], words: list[str]) -> list[tuple[int, int]]:
    """For each word of the digit-normalised text, the first and last token of `text` it comes
    from ("two million" -> "2000000" spans two tokens)."""
    origin: list[tuple[int, int]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, tokens, words, autojunk=False).get_opcodes():
        if op == "equal":
            origin += [(i1 + d, i1 + d) for d in range(j2 - j1)]
        elif j2 > j1:
            first, last = min(i1, len(tokens) - 1), max(min(i2, len(tokens)) - 1, min(i1, len(tokens) - 1))
            origin += [(first, last)] * (j2 - j1)
    return origin


# Units and currencies say how a number is written ("67 per cent" / "67%", "NOK 5 million" /
# "5 million kroner"), not a claim of their own.
# So do the words that round a number ("circa 40") and those that make it a span of time or an
# age ("two weeks" / "a fortnight", "Vold, 52," / "52-year-old"): the number comparator reads those.
_UNITS = {"per", "cent", "perce", "%", "krone", "nok", "kr", "euro", "eur", "dolla", "usd", "pound", "gbp", "sek",
          "dkk", "yuan", "rmb", "cny", "renmi", "circa", "aroun", "nearl", "almos",
          "day", "days", "week", "fortn", "month", "year", "decad", "hour", "minut", "old", "aged"}
_PRONOUNS = {"it", "its", "he", "him", "his", "she", "her", "they", "them", "their", "this", "these"}
_NEGATIONS = {"not", "no", "never", "nor", "without"}
_OPENERS = {"and", "or", ",", "with", "without", "after", "for", "from", "by", "including"}
_SAYING = {"said", "says", "told", "added", "according", "to", "of", "the"}
_IN_NAMES = _SAYING | {"and", "for", "&"}  # lower-case words that a body's name may hold (_renamed)


def _renamed(span: str, other_text: str) -> bool:
    """The run is a body's name, "and" or "for" among its words, that the other side gives another name
    of (known_as): "the Norwegian Labour and Welfare Administration" / "NAV", or whose capitals spell an
    acronym that the other side says ("the Organisation for Economic Co-operation and Development" /
    "the OECD"). Two names joined ("the Ministry of Finance and the Central Bank") are a part of a claim
    like any other."""
    words = span.split()
    if not all(w[:1].isupper() or w.lower() in _IN_NAMES for w in words):
        return False
    named = [w for w in words if w[:1].isupper()]
    if len(named) >= 2 and re.search(rf"\b{''.join(w[0] for w in named)}\b", other_text):
        return True
    theirs = re.findall(r"\b[A-Z][\w'’-]*", other_text)
    return bool(named) and not known_as.renamed(named, theirs, (span, other_text))[0]


def _opens(words: list[str], k: int) -> bool:
    """Word k opens a phrase: a list item or a preposition stands before it, articles aside."""
    j = k - 1
    while j >= 0 and words[j].lower() not in _OPENERS and re.match(r"\w", words[j]) and not stems(words[j]):
        j -= 1
    return j >= 0 and words[j].lower() in _OPENERS


def _same_amounts(text: str, other_text: str) -> set[str]:
    """The numbers of `text` that the other side says in other words ("two weeks" / "a fortnight")."""
    from .facts.numbers import extract

    theirs = {q.key for q in extract(other_text)}
    return {f"{c:g}" for q in extract(text) if q.key in theirs for c in q.count}


def _zipf(word: str) -> float:
    if not word[:1].islower():
        return 99.0  # names and numbers are their comparators' to judge
    from .frequency import zipf

    return zipf(re.sub(r"['’]s$", "", word))


# A number written in groups of three ("5,150", "1 200 000"), which would read as two or three words.
_GROUPED = re.compile(r"\b\d{1,3}(?:[,\u00a0\u202f ]\d{3})+\b")


def _as_digits(text: str) -> str:
    from .facts.digits import normalise

    return _GROUPED.sub(lambda m: re.sub(r"\D", "", m.group()), normalise(text))


def _trim(span: str) -> str:
    span = re.sub(r"^(?:(?:and|but|or|the|a|an|of|to|in|on|at|for|by|with|which|who)\s+)+", "", span, flags=re.I)
    return re.sub(r"(?:\s+(?:and|but|or|the|a|an|of|to|in|on|at|for|by|with|which|who))+$", "", span, flags=re.I)
