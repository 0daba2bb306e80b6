"""Amounts said in many ways: durations ("six months" / "half a year" / "18 months" / "a year and a
half"), shares ("one in four" / "25%" / "a quarter") and multiples ("twice" / "two times"). Pure.

Each becomes one canonical value, so that the number comparator sees the same amount on both sides
of a faithful rewording and a changed amount where the rewording changed it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Days per unit; months and years by their averages, so that 6 months == half a year exactly.
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
         "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525.0}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
              "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_MULTIPLES = {"twice": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3, "tripling": 3, "treble": 3,
              "trebled": 3, "quadrupled": 4, "thrice": 3}

_WORDS = ("a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred")
_SHARE_BEFORE = {"by", "with", "than", "about", "around", "nearly", "almost", "roughly", "over", "under", "just", "only", "some",
                 "exactly", "barely", "fully"}
_N = rf"\d+(?:[.,]\d+)?|(?:{_WORDS})(?:-(?:{_WORDS}))?"
# Singular "second" is mostly the ordinal ("a second term"); "second-half" is no unit either.
_UNIT = r"(?P<{}>seconds|(?:minute|hour|day|week|fortnight|month|year|decade)s?|centur(?:y|ies))(?!-)"
# A relative date ("two weeks ago") is the date comparator's; an age ("82-year-old") is a number.
_NOT_RELATIVE = r"(?!\s+(?:later|ago|earlier|previously|old)\b|-old\b)"
_DURATION = re.compile(
    rf"\b(?:(?P<half>half\s+an?)\s+{_UNIT.format('u0')}"
    rf"|(?P<n>{_N}|every)(?P<h1>\s+and\s+a\s+half)?[\s-]+{_UNIT.format('u')}(?P<h2>\s+and\s+a\s+half)?"
    rf"(?:,?\s+(?:and\s+)?(?P<n2>{_N})[\s-]+{_UNIT.format('u2')})?)\b{_NOT_RELATIVE}",
    re.I,
)
_SHARE = re.compile(
    rf"\b(?:(?P<p>{_N})\s*(?:%|per\s*cent\b|percent\b|prosent\b)"
    rf"|\b(?P<a>{_N})\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+(?P<b>{_N})\b(?!\s+(?:the|a|an)\b)"
    rf"|(?P<fn>a|an|one|two|three|four|five|\d+)[\s-]+(?P<fd>{'|'.join(_FRACTIONS)})\b(?!-)"
    rf"|(?P<halfof>half)\s+of\b)",
    re.I,
)
_MULTIPLE = re.compile(rf"\b(?:(?P<m>{'|'.join(_MULTIPLES)})|(?P<k>{_N})(?:-fold|\s+times)\b)", re.I)


@dataclass(frozen=True)
class Quantity:
    value: float  # days for a duration, a share of 1 for a share, the factor for a multiple
    unit: str  # "days", "share", or "" for a plain number
    count: tuple[float, ...]  # the numbers as written ("six" of "six months"): a changed unit, or a changed count?
    text: str
    span: tuple[int, int]
    implicit: bool = False  # "a year", "an hour": an article, not a number anybody wrote

    def near(self, other: "Quantity") -> bool:
        """A fraction and the percentage a writer rounds it to: "a third" / "33%"."""
        fraction = any(len(q.count) > 1 or q.text[:1].isalpha() for q in (self, other) if q.unit == "share")
        return self.unit == other.unit == "share" and fraction and abs(self.value - other.value) < 0.005

    @property
    def key(self) -> tuple[str, float]:
        return (self.unit, float(f"{self.value:.6g}"))


def extract(text: str) -> list[Quantity]:
    out = []
    for m in _DURATION.finditer(text):
        q = _duration(m)
        if q:
            out.append(q)
    taken = [q.span for q in out]
    for pattern, read in ((_SHARE, _share), (_MULTIPLE, _multiple)):
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                q = read(m)
                if q:
                    out.append(q)
                    taken.append(q.span)
    return out


def _duration(m: re.Match) -> Quantity | None:
    g = m.groupdict()
    if g["half"]:
        return Quantity(0.5 * _DAYS[_unit(g["u0"])], "days", (0.5,), m.group(0), m.span(), implicit=True)
    n = _count(g["n"])
    if n is None:
        return None
    n += 0.5 if g["h1"] or g["h2"] else 0.0
    days, count = n * _DAYS[_unit(g["u"])], (n,)
    if g["n2"]:
        n2 = _count(g["n2"])
        if n2 is None:
            return None
        days, count = days + n2 * _DAYS[_unit(g["u2"])], (n, n2)
    implicit = g["n"].lower() in ("a", "an", "every") and not g["n2"] and not (g["h1"] or g["h2"])
    return Quantity(days, "days", count, m.group(0), m.span(), implicit)


def _share(m: re.Match) -> Quantity | None:
    g = m.groupdict()
    if g["p"]:
        p = _count(g["p"])
        return None if p is None else Quantity(p / 100, "share", (p,), m.group(0), m.span())
    if g["a"]:
        a, b = _count(g["a"]), _count(g["b"])
        if a is None or not b or a >= b or b > 1000:
            return None
        return Quantity(a / b, "share", (a, b), m.group(0), m.span())
    if g["fd"]:
        # "a third of", "by a fifth": a share; "a third term", "a second time": an ordinal.
        after, before = m.string[m.end():], m.string[:m.start()].split()[-1:]
        if not (re.match(r"\s+of\b", after) or before and before[0].lower() in _SHARE_BEFORE):
            return None
        n = _count(g["fn"])
        return None if n is None else Quantity(n / _FRACTIONS[g["fd"].lower()], "share", (n,), m.group(0), m.span())
    return Quantity(0.5, "share", (0.5,), m.group(0), m.span())


def _multiple(m: re.Match) -> Quantity | None:
    k = _MULTIPLES[m.group("m").lower()] if m.group("m") else _count(m.group("k"))
    # A multiple counts as its plain number: "scored twice" / "two goals", "three times" / "triple".
    return None if not k else Quantity(float(k), "", (float(k),), m.group(0), m.span())


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.removesuffix("s")


@lru_cache(maxsize=1024)
def _count(word: str) -> float | None:
    word = word.lower()
    if word in ("a", "an", "one", "every"):
        return 1.0
    try:
        return float(word.replace(",", "."))
    except ValueError:
        pass
    from text_to_num import text2num

    try:
        return float(text2num(word.replace("-", " "), "en"))
    except ValueError:
        return None
