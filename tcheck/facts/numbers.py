"""Numbers, amounts and percentages: "three", "1,5 millioner", "$2bn" and "2 billion dollars" agree."""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from .. import spans
from ..types import Change, Span
from .pair import Pair
from . import bounds, counted, dates, known_as, monies, quantities
from .digits import normalise
from .quantities import SCALES, Quantity

# The scale words (quantities.SCALES), the longest first, any white space between two words.
_SCALES = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(SCALES, key=len, reverse=True))
_NUM = re.compile(
    # Letters right before the figure are read apart (_glued).
    rf"(?<![\d.,_])(?P<n>{quantities.FIGURE})"
    r"(?:st|nd|rd|th|\.(?=\s))?"
    # A full stop is the scale's own only after an abbreviation ("1,5 mill.", "5 Mio."), not a sentence's end.
    rf"(?:\s*-?\s*(?P<s>{_SCALES})\b(?:(?<=mill)\.|(?<=mln)\.|(?<=mrd)\.|(?<=mio)\.|(?<=thous)\.|(?<=trln)\.)?)?",
    re.I,
)
# A number after a capitalised word and a hyphen is part of a name, not an amount: "F-35",
# "Covid-19" (but "top-10" is ten).
_NAMED = re.compile(r"\b[A-Z][^\W\d_]*-$")
# "the 1980s", "the 80s" and "the eighties" are one decade, and "in his fifties" is "in his 50s".
_DECADE = re.compile(r"(?<![\w.,])(?:19|20)(\d0)s\b")
_TENS = {"twen": 20, "thir": 30, "for": 40, "fif": 50, "six": 60, "seven": 70, "eigh": 80, "nine": 90}
_DECADE_WORDS = re.compile(rf"\b({'|'.join(_TENS)})ties\b", re.I)
# "Open 24/7" is always open, and no amount.
_ALWAYS = re.compile(r"(?<![\d/])24/7(?![\d/])")
# "several dozen" is "dozens"; "a dozen" stays twelve.
_DOZENS = re.compile(r"\b(?:several|many|some)\s+dozen\b", re.I)
_RANGE = re.compile(r"\s*(?:to|and|or|-|–|—)\s*(?:[A-Z]{0,3}\$|[€£¥])?\s*", re.I)
# Words that stand for numbers in news text but that text2num leaves alone.
_WORDS = {"pair": 2, "dozen": 12, "dozens": 24, "quarter": 0.25, "half": 0.5, "twice": 2, "double": 2, "tre": 3,
          "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
          "tjue": 20, "hundre": 100}
# "Both" counts two, though no one wrote a number: "the two sides" / "both sides" keep their count, and "both
# men" / "three men" change it. Implicit, as "a year" is, since alone it may join two things ("both the
# minister and his deputy" / "the minister and his deputy").
_BOTH = re.compile(r"\bboth\b", re.I)
# Not counted alone: the quantities read "half", "twice" and "double", and "fire", "ni", "ti" and "tre" are
# English words too.
_NOT_ALONE = {"half", "twice", "double", "fire", "ni", "ti", "tre"}


@lru_cache(maxsize=4096)
def extract(text: str) -> tuple[Quantity, ...]:
    """Every amount that is not part of a date or time: durations, shares and multiples as one
    canonical value each (quantities), then plain numbers. Remembered: the claims stage and the
    comparator read each sentence's amounts several times in a check (240 readings of 80 sentences)."""
    masked = _DECADE.sub(r"  \1s", spans.blank(text, dates.spans(text) + known_as.numbered(text)))  # spans stay true
    masked = _DECADE_WORDS.sub(lambda m: f"{_TENS[m.group(1).lower()]}s".rjust(len(m.group(0))), masked)
    masked = _DOZENS.sub(lambda m: "dozens".rjust(len(m.group(0))), masked)
    masked = _ALWAYS.sub(lambda m: " " * len(m.group(0)), masked)
    out = quantities.extract(masked)
    masked = spans.blank(masked, [q.span for q in out])
    found = _numbers(masked) + _roman(masked)
    # Number words next, on what the digits left: text2num would read "2.4 million" as "2.4 1000000".
    masked = spans.blank(masked, [span for _, _, span in found])
    digits = normalise(masked)
    worded = _numbers(digits)
    alone = [(m.group(0).lower(), m.span()) for m in re.finditer(r"\b\w+\b", digits)
             if m.group(0).lower() in _WORDS and m.group(0).lower() not in _NOT_ALONE]
    # Found in the digits, said in words: each span carried back to the words, all in one reading.
    where = spans.back(tuple(span for _, _, span in worded) + tuple(span for _, span in alone), digits, masked)
    found += [(v, s, span) for (v, s, _), span in zip(worded, where)]
    out += [Quantity(v, "", (v,), s, span) for v, s, span in found]
    out += [Quantity(float(_WORDS[word]), "", (float(_WORDS[word]),), word, span)
            for (word, _), span in zip(alone, where[len(worded):])]
    out += [Quantity(2.0, "", (2.0,), m.group(0), m.span(), implicit=True) for m in _BOTH.finditer(masked)]
    return tuple(out)


def _numbers(text: str) -> list[tuple[float, str, Span]]:
    out: list[tuple[float, str, Span]] = []
    matches, kept = list(_NUM.finditer(text)), None
    for m, after in zip(matches, matches[1:] + [None]):
        value = quantities.figure(m.group("n"))
        if value is None or _NAMED.search(text, 0, m.start()) or _glued(m, text):
            continue
        scale = _scale(m)
        # "4 to 6 million" is "4 million to 6 million": the first end of a range takes the second's scale.
        if not scale and after is not None and after.group("s") and _RANGE.fullmatch(text, m.end(), after.start()):
            scale = _scale(after)
        value, start = value * SCALES.get(scale, 1.0), m.start()
        if kept is not None and _adds(kept, m, value):
            earlier, _, (start, _) = out.pop()
            value += earlier
        out.append((value, text[start:m.end()], (start, m.end())))
        kept = m
    return out


# "5 trillion 300 billion won" is 5.3 trillion, as MT renders Korean and Japanese amounts (5조 3000억);
# "3 million, 200 thousand of them children" is two numbers.
_PLUS = re.compile(r"\s+(?:and\s+)?")


def _adds(before: re.Match, m: re.Match, value: float) -> bool:
    """Whether a scaled number adds to the scaled number right before it: a smaller amount."""
    scale = SCALES.get(_scale(before), 0.0)
    return bool(_scale(m)) and scale > value and _PLUS.fullmatch(m.string, before.end(), m.start()) is not None


# A Roman numeral after a name's word is its ordinal: "World War II" is the Second World War, "Type II"
# diabetes type 2, "Benedict XVI" Benedict 16. Of I, V and X only, since "DC" and "CD" are no numbers.
_NUMERAL = r"(?=[IVX]{2,}\b)X{0,3}(?:IX|IV|V?I{0,3})\b"
_ROMAN = re.compile(rf"\b[A-Z][\w'’-]*\s+(?P<r>{_NUMERAL})")
_A_NUMERAL = re.compile(_NUMERAL)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman(word: str) -> bool:
    """Whether the word is a Roman numeral from II to XXXIX."""
    return _A_NUMERAL.fullmatch(word) is not None


def _roman(text: str) -> list[tuple[float, str, Span]]:
    out = []
    for m in _ROMAN.finditer(text):
        digits = [_ROMAN_VALUES[c] for c in m.group("r")]
        value = sum(-d if d < e else d for d, e in zip(digits, digits[1:] + [0]))
        out.append((float(value), m.group("r"), m.span("r")))
    return out


_LETTERS_BEFORE = re.compile(r"\b[^\W\d_]+$")


def _glued(m: re.Match, text: str) -> bool:
    """Whether letters written right before the figure make it part of a word ("G20", "MH370", "AR15"),
    not an amount in a money: any three capitals ("RMB5bn", "USD2.4m"), or a money's symbol before a
    figure with its scale ("RM5 million", "Rs5bn", "R5 million"), which text2num would read as "million"."""
    letters = _LETTERS_BEFORE.search(text, 0, m.start())
    if letters is None:
        return False
    word = letters.group(0)
    return not (len(word) == 3 and word.isupper() or m.group("s") and monies.of(word))


def _scale(m: re.Match) -> str:
    """A number's scale word as SCALES spells it: "Mill." is "mill", "hundred  million" "hundred million"."""
    return " ".join((m.group("s") or "").lower().rstrip(".").split())


def diff(original: str, translation: str) -> list[Change]:
    a, b = extract(original), extract(translation)
    ca, cb = Counter(q.key for q in a), Counter(q.key for q in b)
    lost = _not_years([q for q in a if q.key in ca - cb], original, translation)
    new = _not_years([q for q in b if q.key in cb - ca], translation, original)
    lost, new = _whole(lost, new), _whole(new, lost)
    # "the 12th minute" / "after 12 minutes", "a six-year-old" / "six years": one number, read with
    # a unit on one side only.
    lost, new = _unpaired(lost, new), _unpaired(new, lost)
    lost, new = _metres(lost, new)
    lost, new = _derived(lost, new, a, b)
    lost, new = _discounts(lost, new, original, translation)
    # "two women ... the two women" / "two women": a number said again on one side is no lost
    # number while the other side still says it, unless a new number stands in for it ("3 and 3" /
    # "3 and 4").
    lost = [q for q in lost if q.key not in cb] or (lost if new else [])
    # text2num leaves "one" alone, a pronoun as often as a number: "1 product" / "one product", where
    # no other number stands in for it ("1 died" / "3 died, one of them a child").
    if not new:
        lost = [q for q in lost if not _said_as_one(q, original, translation)]
    # "a year" may become "annually": an article read as a number is only a change beside a new amount.
    if not lost or (not new and all(q.implicit for q in lost)):
        return _recounted(a, new, b, original, translation) or _same_figures(a, b, original, translation)
    # "two weeks" / "two months": the count stayed and the time span changed.
    span = all(q.unit == "days" for q in lost + new) and {q.count for q in lost} == {q.count for q in new}
    lost, new = sorted(lost, key=lambda q: q.span), sorted(new, key=lambda q: q.span)  # as the texts say them
    return [Change("date" if span else "number", _listed(lost), _listed(new),
                   before_spans=_where(lost), after_spans=_where(new))]


def _same_figures(a: tuple[Quantity, ...], b: tuple[Quantity, ...], original: str,
                  translation: str) -> list[Change]:
    """Changes where both texts say the same numbers: swapped between the things they count ("killed 12
    and injured 40" / "killed 40 and injured 12", counted.swapped), or bounded the other way ("exceeded
    3,500" / "less than 3,500", bounds.flipped)."""
    return [Change("number", _listed([v, u]), _listed([x, y]), before_spans=_where([v, u]), after_spans=_where([x, y]))
            for v, u, x, y in counted.swapped(a, b, original, translation)] + [
        Change("number", said, other, before_spans=_where([q]), after_spans=_where([r]))
        for q, said, r, other in bounds.flipped(a, b, original, translation)]


def _recounted(a: tuple[Quantity, ...], new: list[Quantity], b: tuple[Quantity, ...], original: str,
               translation: str) -> list[Change]:
    """A new number that counts what the original counts with another, which the translation says too
    (counted.recounted): "the two women" / "the thirty women" beside a kept "two women". Not a 1 that
    the original says as "one" ("except for one mixed product, the remaining 6 products" / "except for 1
    product ..., the remaining 6 products")."""
    new = [q for q in new if not _said_as_one(q, translation, original)]
    found = counted.recounted(a, new, b, original, translation)
    if not found:
        return []
    ours, theirs = [p for p, _ in found], [q for _, q in found]
    return [Change("number", _listed(ours), _listed(theirs), before_spans=_where(ours), after_spans=_where(theirs))]


def _whole(these: list[Quantity], other: list[Quantity]) -> list[Quantity]:
    """Less the wholes said in words ("pure", "fully": quantities' implicit 100%), unless the other side
    puts a share in their place: "90% complete" / "fully complete" is a change, "3. Be wary" / "be fully
    wary" says no share at all."""
    if any(q.unit == "share" for q in other):
        return these
    return [q for q in these if not (q.implicit and q.unit == "share" and q.value == 1.0)]


def _said_as_one(q: Quantity, text: str, other: str) -> bool:
    """Whether the other side says this 1 as "one", or a rank ("No. 1", "1st") as "first": text2num
    leaves both words alone, where it reads "second" as "2nd"."""
    if q.value != 1 or q.unit:
        return False
    ranked = _ORDINAL.search(q.text) or _RANK.search(text, 0, q.span[0])
    return re.search(r"\b(?:one|first)\b" if ranked else r"\bone\b", other, re.I) is not None


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$", re.I)
_RANK = re.compile(r"(?:\bNo\.?|#|\bnumber)\s*$", re.I)


def _not_years(these: list[Quantity], text: str, other: str) -> list[Quantity]:
    """Less the counts that the other side says as the dates comparator reads a bare year, which the number
    comparator therefore never sees: "more than 2,000 people" / "over 2000 employees", and the ordinals that
    it says as a day alone: "on the 9th for donations" / "on the 9th, soliciting", and the figures that
    spell a month and a day it names and `text` does not: "the 618 shopping festival" / "the June 18
    shopping festival" (6.18, as "Double Eleven" is 11.11). Each side's dates are read once, and only where
    a plain count is in question."""
    if all(q.unit for q in these):
        return these
    found = dates.extract(other)
    years = {w.year for w in found if w.month is None and w.year is not None and w.day is None}
    days = {w.day for w in found if w.month is None and w.day is not None and w.year is None}
    named = _month_days(found)
    if named:  # most texts name no day: the own side's dates are read only where the other names one
        named -= _month_days(dates.extract(text))
    return [q for q in these if q.unit or q.value not in years and not (q.value in days and _ORDINAL.search(q.text))
            and q.text not in named]


def _month_days(found: list[dates.When]) -> set[str]:
    return {f"{w.month}{dot}{w.day:02d}" for w in found if w.month and w.day for dot in ("", ".")}


def _listed(quantities: list[Quantity]) -> str:
    return ", ".join(dict.fromkeys(q.text for q in quantities))


def _where(quantities: list[Quantity]) -> tuple[Span, ...]:
    return tuple(sorted({q.span for q in quantities}))


def _unpaired(these: list[Quantity], those: list[Quantity]) -> list[Quantity]:
    plain = {q.value for q in those if not q.unit}
    # A multiple is no share: "doubled" is neither "2%" nor "200%" (a rise of 200% triples).
    numbers = {q.value for q in those if not q.unit and not q.factor}
    measured = {c for q in those if q.unit not in ("", "share") for c in q.count}
    shares = [q for q in those if q.unit == "share"]
    shared = {q.value for q in shares}
    counts = measured | {c for q in shares for c in q.count} | shared
    points = {q.value for q in those if q.unit == "points"}

    def paired(q: Quantity) -> bool:
        if q.unit == "share":  # "a quarter of a percentage point" / "0.25 points": a share written as its value
            return set(q.count) <= numbers or q.value in numbers | points
        if q.unit == "points":  # ... and "0.25 percentage points"; "2 percentage points" is no "2 percent"
            return set(q.count) <= plain or q.value in shared
        if q.unit:
            return set(q.count) <= plain
        return q.value in (measured if q.factor else counts)

    return [q for q in these if not (paired(q) or any(q.near(x) for x in those))]


# A bare "m" after a figure is a million ("£3m", "3m people") or a metre ("1,85 m tall", "the 100m final"),
# which MT keeps from most of Europe's languages: either reading may pair.
_BARE_M = re.compile(r"\d\s*m$")


def _less(lost: list[Quantity], new: list[Quantity], said: set[int]) -> tuple[list[Quantity], list[Quantity]]:
    """`lost` and `new` less the amounts in `said` (by id): those that the two sides say alike."""
    return [q for q in lost if id(q) not in said], [q for q in new if id(q) not in said]


def _metres(lost: list[Quantity], new: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Less each bare "m" that the other side says in metres, and that measure."""
    paired: set[int] = set()
    for these, those in ((lost, new), (new, lost)):
        for q in these:
            if q.unit or not _BARE_M.search(q.text) or id(q) in paired:
                continue
            metres = Quantity(q.value / 1e6, "length", (q.value / 1e6,), q.text, q.span, written="m")
            match = next((x for x in those if id(x) not in paired and (x.key == metres.key or metres.near(x))), None)
            if match is not None:
                paired |= {id(q), id(match)}
    return _less(lost, new, paired)


def _derived(lost: list[Quantity], new: list[Quantity], a: tuple[Quantity, ...],
             b: tuple[Quantity, ...]) -> tuple[list[Quantity], list[Quantity]]:
    """Less the amounts that one side states and the other works out exactly: a share of a whole that
    both sides name ("half of the 600" / "300 of the 600"), a multiple said as the rise it makes
    ("doubled" / "up 100%"), and an interval said as a rate ("every 30 minutes" / "twice an hour")."""
    wholes = {q.value for q in a if not q.unit} & {q.value for q in b if not q.unit}
    explained: set[int] = set()
    for these, those in ((lost, new), (new, lost)):
        plain = [n for n in those if not n.unit]
        for q in these:
            if q.unit == "share":
                parts = next(([n] for n in plain if any(math.isclose(n.value, q.value * w) for w in wholes)), [])
            elif q.factor:  # "doubled" / "up 100%", "19-fold" / "up 1,800%"
                parts = next(([s] for s in those if s.unit == "share" and math.isclose(s.value, q.value - 1)), [])
            elif q.unit == "days":  # every q: one per span, or `times` per a span `times` as long
                parts = next(([span, times] for span in those if span.unit == "days" for times in plain
                              if times.value > 1 and math.isclose(span.value / times.value, q.value)), [])
            else:
                continue
            if parts:
                explained |= {id(q), *map(id, parts)}
    return _less(lost, new, explained)


# A discount and the price it leaves: "20% off" / "80% of the original price" (Chinese shops' 八折, which MT
# renders either way), "a 30 percent discount" / "at 70% of the list price".
_OFF = re.compile(r"\s*(?:off\b|discount)", re.I)
_DISCOUNTED = re.compile(r"\bdiscount(?:ed)?\s+(?:of|by)\s+$", re.I)
_OF_PRICE = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?"
                       r"(?:original\s+|full\s+|regular\s+|list\s+|retail\s+|normal\s+)?prices?\b", re.I)


def _discounts(lost: list[Quantity], new: list[Quantity], original: str,
               translation: str) -> tuple[list[Quantity], list[Quantity]]:
    """Less each share taken off a price that the other side says as the share of the price left."""
    def off(q: Quantity, text: str) -> bool:
        return bool(_OFF.match(text, q.span[1]) or _DISCOUNTED.search(text, 0, q.span[0]))

    def left(q: Quantity, text: str) -> bool:
        return bool(_OF_PRICE.match(text, q.span[1]))

    def complements(q: Quantity, n: Quantity) -> bool:
        return n.unit == "share" and id(n) not in paired and math.isclose(q.value + n.value, 1) \
            and (off(q, original) and left(n, translation) or left(q, original) and off(n, translation))

    paired: set[int] = set()
    for q in (q for q in lost if q.unit == "share"):
        match = next((n for n in new if complements(q, n)), None)
        if match is not None:
            paired |= {id(q), id(match)}
    return _less(lost, new, paired)


def compare(pair: Pair) -> list[Change]:
    changes = diff(pair.original, pair.english)
    return [] if changes and _kept_by_source(pair) else changes


def misrendered(pair: Pair) -> bool:
    """Whether the MT's English changed a number that the foreign text says as the original does:
    then that English is not what the translation says."""
    return bool(diff(pair.original, pair.english)) and _kept_by_source(pair)


# Languages whose number words text2num reads ("ocho" / "8"); in others only digits (and the number
# words of English and Norwegian that `extract` reads anyway) count.
_WORDED = {"es", "pt", "de", "fr", "it", "nl"}


def _kept_by_source(pair: Pair) -> bool:
    """The foreign text has every number of the original and no other: Apertium's "the octave" for
    "la octava" (eighth) is the MT's, not the translator's. Where the source's numbers cannot all be
    read ("ocho" in a language text2num lacks), they disagree, and the English stands as read. Small
    number words are read both ways, since they are also articles: "ganó por dos votos a uno" holds
    the original's "2-1", "un panel" no 1."""
    if not pair.source:
        return False
    return any(not diff(pair.original, source) for source in _readings(pair.source, pair.source_lang))


def _readings(source: str, lang: str | None) -> list[str]:
    """The source with its number words as digits, both ways where text2num reads the language."""
    if lang not in _WORDED:
        return [source]
    from text_to_num import alpha2digit
    readings = []
    for threshold in (2, 0):
        try:
            readings.append(alpha2digit(source, lang, threshold=threshold))
        except Exception:  # text2num gives up on odd input; the digits alone are read then
            pass
    return readings or [source]
