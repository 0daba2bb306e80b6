"""Amounts said in many ways: durations ("six months" / "half a year" / "18 months" / "a year and a
half"), shares ("one in four" / "25%" / "a quarter"), multiples ("twice" / "two times") and measures
("two tonnes" / "2,000 kilograms", "5 miles" / "8 kilometres"). Pure.

Each becomes one canonical value, so that the number comparator sees the same amount on both sides
of a faithful rewording and a changed amount where the rewording changed it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Days per unit; months and years by their averages, so that 6 months == half a year exactly.
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
         "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525.0}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
              "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_MULTIPLES = {"twice": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3, "tripling": 3, "treble": 3,
              "trebled": 3, "quadrupled": 4, "thrice": 3}
# Spanish multiples, read where a Spanish source vouches for its MT: Apertium renders "se ha duplicado"
# as "has duplicate" and "el doble de" as "the double of", in which English reads no number.
_SPANISH_MULTIPLES = {"duplic": 2, "doble": 2, "triplic": 3, "triple": 3, "cuadruplic": 4}
_SPANISH_MULTIPLE = (r"(?P<es>duplic|triplic|cuadruplic)(?:a|an|ó|aron|ado|ada|ados|adas|ar|ará|arán)\b"
                     r"|\b(?:el|del|al)\s+(?P<es2>doble|triple)\b")

# Measures, per unit word: (dimension, its size in the dimension's base unit). A translator converts
# units; the converted figure is rounded, so a measure in another unit meets one within ROUNDED.
_MEASURES = {
    "length": {"km": 1e3, "kilometre": 1e3, "kilometer": 1e3, "metre": 1.0, "meter": 1.0, "cm": 0.01,
               "centimetre": 0.01, "centimeter": 0.01, "mm": 0.001, "millimetre": 0.001, "millimeter": 0.001,
               "mile": 1609.344, "yard": 0.9144, "foot": 0.3048, "feet": 0.3048, "inch": 0.0254, "inches": 0.0254},
    "mass": {"kg": 1.0, "kilogram": 1.0, "kilo": 1.0, "gram": 0.001, "tonne": 1e3, "ton": 1e3, "lb": 0.45359237,
             "lbs": 0.45359237},
    "volume": {"litre": 1.0, "liter": 1.0, "millilitre": 0.001, "milliliter": 0.001, "gallon": 3.785411784,
               "cubic metre": 1e3, "cubic meter": 1e3, "m3": 1e3},
    # Chinese news measures farmland in mu (亩), a fifteenth of a hectare, which MT keeps or converts.
    "area": {"hectare": 1e4, "acre": 4046.8564224, "km2": 1e6, "sq km": 1e6, "square kilometre": 1e6,
             "square kilometer": 1e6, "square metre": 1.0, "square meter": 1.0, "m2": 1.0,
             "square mile": 2589988.110336, "mu": 1e4 / 15},
    # A wind's speed is given per second or per hour (typhoons: "45 metres per second", "162 km/h"), and
    # Norwegian's hour is "time" ("km/t").
    "speed": {"km/h": 1 / 3.6, "km/t": 1 / 3.6, "kph": 1 / 3.6, "kilometre per hour": 1 / 3.6,
              "kilometres per hour": 1 / 3.6, "kilometer per hour": 1 / 3.6, "kilometers per hour": 1 / 3.6,
              "mph": 0.44704, "mile per hour": 0.44704, "miles per hour": 0.44704, "m/s": 1.0, "metre per second": 1.0,
              "metres per second": 1.0, "meter per second": 1.0, "meters per second": 1.0, "knot": 1852 / 3600},
}
# SI symbols as MT keeps them from most of Europe's languages ("500 g", "5 t", "50 ha"), in their own case
# and never plural: "5 has" is no area, "5G" no weight.
_SYMBOLS = {"g": ("mass", 0.001), "t": ("mass", 1e3), "ml": ("volume", 0.001), "l": ("volume", 1.0),
            "L": ("volume", 1.0), "ha": ("area", 1e4), "km²": ("area", 1e6), "m²": ("area", 1.0)}
_SIZES = {word: (dimension, size) for dimension, units in _MEASURES.items() for word, size in units.items()}
ROUNDED = 0.025

_WORDS = ("a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred")
_SHARE_BEFORE = {"by", "with", "than", "about", "around", "nearly", "almost", "roughly", "over", "under", "just",
                 "only", "some", "exactly", "barely", "fully"}
# A figure with its thousands grouped ("200,000", "200 000": Norwegian MT spaces them) before a plain one,
# whose comma may be a decimal one ("1,5"), and one with a fraction in a sign of its own ("1½", "¾").
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
FIGURE = (rf"\d*[{_VULGAR}]|\d{{1,3}}(?:(?:,|\u00a0|\u202f| )\d{{3}})+(?:\.\d+)?(?!\d)"
          r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d,])|\d+(?:[.,]\d+)?")
# A count, in figures or in words: the date comparator reads "18 months later" with it too.
COUNT = rf"{FIGURE}|(?:{_WORDS})(?:-(?:{_WORDS}))?"
_N = COUNT
# Singular "second" is mostly the ordinal ("a second term"); "second-half" is no unit either. The
# abbreviations are MT's from most of Europe's languages ("90 min", "1 h 30 min", "2 hrs").
_UNIT = (r"(?P<{}>seconds|(?:minute|hour|day|week|fortnight|month|year|decade)s?|centur(?:y|ies)"
         r"|(?:hr|min|sec|yr)s?|h)(?!-)")
_ABBREVIATED = {"h": "hour", "hr": "hour", "min": "minute", "sec": "second", "yr": "year"}
# A relative date ("two weeks ago") is the date comparator's; an age ("82-year-old") is a number.
_NOT_RELATIVE = r"(?!(?:\s+and\s+a\s+half)?\s+(?:later|ago|earlier|previously|old)\b|-old\b)"
_DURATION = re.compile(
    rf"\b(?:(?P<half>half\s+an?)\s+{_UNIT.format('u0')}"
    # "A quarter of an hour" is 15 minutes, "three quarters of an hour" 45.
    rf"|(?P<fn>an?|one|two|three)\s+(?P<fd>{'|'.join(_FRACTIONS)})\s+of\s+an?\s+{_UNIT.format('uf')}"
    rf"|(?P<n>{_N}|every)(?P<h1>\s+and\s+a\s+half)?[\s-]+{_UNIT.format('u')}(?P<h2>\s+and\s+a\s+half)?"
    rf"(?:,?\s+(?:and\s+)?(?P<n2>{_N})[\s-]+{_UNIT.format('u2')})?)\b{_NOT_RELATIVE}",
    re.I,
)
_SHARE = re.compile(
    rf"\b(?:(?P<p>{_N}|half\s+an?)\s*(?:%|per\s*cent\b|percent\b|prosent\b|pct\b)"
    # A blood alcohol level is given per mille in Norway ("1,2 promille"), which MT keeps or says as a percent.
    rf"|(?P<pm>{_N})\s*(?:‰|per\s*mille?\b|promille\b)"
    rf"|\b(?P<a>{_N})\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+(?P<b>{_N})\b(?!\s+(?:the|a|an)\b)"
    rf"|(?P<fn>a|an|one|two|three|four|five|\d+)[\s-]+(?P<fd>{'|'.join(_FRACTIONS)})\b(?!-)"
    # "1/3 of the votes", "a 2/3 majority": a fraction in figures, where no date or score can be meant.
    r"|(?<![\d/.])(?P<sn>[1-9])/(?P<sd>[2-9]|10)(?![\d/])(?=\s+(?:of|majority)\b)"
    rf"|(?P<halfof>half)\s+of\b|(?P<halfprice>half)(?=[\s-]+price\b)"  # "half price" is "50% off"
    # "halved" and "cut by half" or "in half" are a fall of 50%.
    r"|halv(?:ed|es|ing|e)\b|(?<=\bby |\bin |\bto )half\b(?!-|\s+(?:an?|the|of)\b)"
    # The whole, said in words: "100% cotton" / "pure cotton" (纯棉), "100% owned" / "wholly owned".
    r"|(?P<whole>pure|purely|entirely|fully|completely|totally|wholly)\b)",
    re.I,
)
# What a scale word multiplies by, in the languages read here.
SCALES = {
    "thousand": 1e3, "tusen": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "millioner": 1e6, "mill": 1e6, "mln": 1e6, "m": 1e6,
    "mn": 1e6, "millones": 1e6, "millón": 1e6, "mio": 1e6, "mnok": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarder": 1e9,
    "mrd": 1e9, "b": 1e9, "thousand million": 1e9,
    "trillion": 1e12, "tn": 1e12, "trln": 1e12, "billioner": 1e12, "thous": 1e3, "thsd": 1e3,
    # South Asian English counts in lakhs (100,000) and crores (ten million), and MT from Hindi keeps them.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
    # Chinese counts in 万 (ten thousand) and 亿 (a hundred million), which MT renders word for word:
    # "12 hundred million yuan" is 1.2 billion.
    "hundred": 1e2, "ten thousand": 1e4, "hundred thousand": 1e5, "ten million": 1e7,
    "hundred million": 1e8,
}
_MEASURE = re.compile(
    rf"\b(?P<n>{_N})(?:\s+(?P<s>thousand|million|billion))?[\s-]*"
    rf"(?:(?P<u>{'|'.join(sorted(map(re.escape, _SIZES), key=len, reverse=True))})(?:e?s)?\b"
    rf"|(?-i:(?P<sym>{'|'.join(sorted(_SYMBOLS, key=len, reverse=True))}))(?![\w/]))", re.I)
# A basis point is a hundredth of a percentage point: "50 basis points" says "0.5 percentage points".
_BASIS = re.compile(rf"\b(?P<n>{_N})\s+(?:basis[\s-]+points?|bps?)\b", re.I)
# "Tens of thousands" is a magnitude of its own, which text2num reads as two numbers, "10" and "1000":
# "thousands" / "tens of thousands" lost nothing but a 10 that no one wrote. MT renders Chinese 数万 as
# "dozens of thousands" too, and "tens of" people alone are dozens (几十), as "several dozen" are.
_MAGNITUDE = re.compile(r"\b(?P<m>tens|dozens|hundreds)\s+of\s+(?P<s>thousands|millions|billions)\b"
                        r"|\b(?P<t>tens)(?=\s+of\b)", re.I)
_MAGNITUDES = {"tens": 10.0, "dozens": 10.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
# A hat-trick is three goals ("scored a hat-trick" / "scored three goals"), and nil in a score is 0
# ("won three-nil", "by two goals to nil" / "won 3-0"), which text2num leaves alone; read with its
# hyphen, which would keep text2num from reading "three-". A goalless draw is 0-0. A brace scored is two goals
# ("scored twice"), and a medal a place ("took silver" / "finished second"), which a text may say alone.
_SCORED = re.compile(r"\bhat[\s-]?tricks?\b|(?P<nil>(?<=\w)[-–]nil|(?<=\bto )nil)\b"
                     r"|\b(?P<none>goalless|scoreless)\b"
                     r"|\b(?:scor\w*|nett\w*|net|grab\w*|bag\w*|hit|struck|got)\s+a\s+(?P<brace>brace)\b"
                     r"|\b(?:w[oi]n\w*|t[ao]ok|tak\w+|claim\w*|grab\w*|bag\w*|earn\w*|clinch\w*|secur\w*"
                     r"|settl\w+\s+for)"
                     r"\s+(?:the\s+|an?\s+|her\s+|his\s+|their\s+)?(?P<medal>gold|silver|bronze)\b", re.I)
_MEDALS = {"gold": 1.0, "silver": 2.0, "bronze": 3.0}
# A percentage point is no percent: support up "2 percentage points" is not up "2 percent", a slip that
# translators and MT make. "Of a percentage point" is the unit of a fraction ("a quarter of a percentage
# point"), read as the share it is.
_POINTS = re.compile(rf"(?<![\w.,])(?P<n>{_N})\s+(?:percentage[\s-]+points?|prosentpoeng\w*)\b", re.I)
# "one and a half thousand" is 1,500, which text2num reads as "1 and a half 1000", and "half a million"
# is 500,000, which it reads as "half 1000000"; "half a dozen" is six, "half a percentage point" 0.5.
_HALF_SCALED = re.compile(
    rf"\b(?:(?P<n>{_N})\s+and\s+a\s+half|half\s+an?)\s+"
    r"(?P<s>dozen|hundred|thousand|million|billion|trillion|(?:percentage\s+)?point)\b", re.I)
_HALVED = {**SCALES, "dozen": 12.0, "point": 1.0, "percentage point": 1.0}
# "A quarter of a million" is 250,000 and "three quarters of a billion" 750 million: a number, read before
# "a quarter of" is read as a share ("a quarter of voters").
_FRACTION_SCALED = re.compile(rf"\b(?P<n>an?|{_N})\s+(?P<f>{'|'.join(_FRACTIONS)})\s+of\s+an?\s+"
                              r"(?P<s>dozen|hundred|thousand|million|billion|trillion)\b", re.I)
# A temperature and its sign: weather news says one cold as "−15 °C", "-15C", "minus 15 degrees" and "15
# degrees below zero", and MT may drop the minus (U+2212, which some vocabularies lack), which makes it a
# warm day. A minus right after a figure ("10-15 degrees") joins a range; a C or F glued to a figure is a
# scale only in capitals ("40C"; "15c" is cents). A plain "degree" may be either scale (Quantity.near).
_TEMPERATURE = re.compile(
    rf"(?:(?P<sign>(?<![\w.,])(?<!\d )[-−–](?=\d)|\b(?:minus|negative)\s+)|(?<![\w.,]))(?P<n>{_N})"
    r"(?:[\s-]*(?:°|º|\bdegrees?\b|\bgrader\b)(?:\s*(?P<scale>(?-i:C|F)\b|celsius\b|fahrenheit\b|centigrade\b))?"
    r"|(?P<glued>(?-i:[CF]))\b)(?P<below>\s+below\s+zero\b)?"
    rf"|(?<![\w.,-])(?P<n0>{_N})\s+below\s+zero\b", re.I)
# "double" alone is mostly an adjective ("a double murder"); before "the" or "as" it is twice.
_MULTIPLE = re.compile(rf"\b(?:(?P<m>(?:{'|'.join(_MULTIPLES)})\b|double(?=\s+(?:as|the|that|what)\b))"
                       rf"|(?P<k>{_N})(?:-?fold|\s+times)\b)|{_SPANISH_MULTIPLE}", re.I)


@dataclass(frozen=True)
class Quantity:
    value: float  # days for a duration, a share of 1 for a share, the factor for a multiple, a measure in base units
    # "days", "share", "points" (percentage points), "temperature", a measure's dimension ("length", "mass",
    # ...), or "" for a plain number
    unit: str
    count: tuple[float, ...]  # the numbers as written ("six" of "six months"): a changed unit, or a changed count?
    text: str
    span: tuple[int, int]
    implicit: bool = False  # "a year", "an hour": an article, not a number anybody wrote
    written: str = ""  # a measure's unit as written ("km"), a temperature's scale ("C", "F", "" for plain degrees)
    factor: bool = False  # a multiple ("doubled", "19-fold"), which a rise in percent may also say

    def near(self, other: "Quantity") -> bool:
        """A fraction and the percentage a writer rounds it to ("a third" / "33%"), a measure and its
        rounded conversion into another unit ("5 miles" / "8 km"; not into one unit spelt another way:
        "165 cm" / "164 centimetres" is a change), and a span in months and one in days or weeks that it
        may last ("a month and a half" / "six weeks": a month runs 28 to 31 days)."""
        if self.unit in _MEASURES and self.unit == other.unit and _size(self) != _size(other):
            return abs(self.value - other.value) <= ROUNDED * max(self.value, other.value)
        if self.unit == other.unit == "temperature" and self.written != other.written:
            return any(abs(x - y) <= 1.0 for x in _scales(self) for y in _scales(other))
        if self.unit == other.unit == "days":
            ours, theirs = _in_months(self), _in_months(other)
            if (ours is None) != (theirs is None):
                months, days = (ours, other.value) if ours is not None else (theirs, self.value)
                return 28 * months <= days <= 31 * months
        fraction = any(len(q.count) > 1 or q.text[:1].isalpha() for q in (self, other) if q.unit == "share")
        return self.unit == other.unit == "share" and fraction and abs(self.value - other.value) < 0.005

    @property
    def key(self) -> tuple[str, float]:
        return (self.unit, float(f"{self.value:.6g}"))


def _size(q: Quantity) -> float | str:
    """A measure's unit by its size ("cm" and "centimetre" are one), or as written where no table has it."""
    found = _SYMBOLS.get(q.written) or _SIZES.get(q.written)
    return found[1] if found else q.written


def extract(text: str) -> list[Quantity]:
    out = []
    for m in _DURATION.finditer(text):
        q = _duration(m)
        if q:
            out.append(q)
    taken = [q.span for q in out]
    for pattern, read, cue in _READINGS:
        if cue is not None and not cue.search(text):
            continue
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
    if g["fd"]:
        share = (count(g["fn"]) or 1.0) / _FRACTIONS[g["fd"].lower()]
        return Quantity(share * _DAYS[_unit(g["uf"])], "days", (share,), m.group(0), m.span(),
                        implicit=g["fn"].lower() in ("a", "an"))
    n = count(g["n"])
    if n is None:
        return None
    n += 0.5 if g["h1"] or g["h2"] else 0.0
    days, counts = n * _DAYS[_unit(g["u"])], (n,)
    if g["n2"]:
        n2 = count(g["n2"])
        if n2 is None:
            return None
        days, counts = days + n2 * _DAYS[_unit(g["u2"])], (n, n2)
    implicit = g["n"].lower() in ("a", "an", "every") and not g["n2"] and not (g["h1"] or g["h2"])
    return Quantity(days, "days", counts, m.group(0), m.span(), implicit)


def said_once(quantities: tuple[Quantity, ...]) -> dict[tuple[str, float], Quantity]:
    """A text's figures said once, by key, less the articles read as ones ("a year"): a figure said
    twice has no one set of words beside it (counted.py's terms, bounds.py's bound)."""
    seen: set[tuple[str, float]] = set()
    twice = {q.key for q in quantities if q.key in seen or seen.add(q.key)}
    return {q.key: q for q in quantities if q.key not in twice and not q.implicit}


_OTHER_UNITS = re.compile(r"second|minute|hour|day|week|fortnight|year|decade|centur", re.I)


def _in_months(q: Quantity) -> float | None:
    """How many months a span says, where it says them in months alone ("a month and a half": 1.5)."""
    if "month" not in q.text.lower() or _OTHER_UNITS.search(q.text):
        return None
    return q.value / _DAYS["month"]


def _share(m: re.Match) -> Quantity | None:
    g = m.groupdict()
    if g["p"]:
        p = 0.5 if g["p"].lower().startswith("half") else count(g["p"])  # "half a percent"
        return None if p is None else Quantity(p / 100, "share", (p,), m.group(0), m.span())
    if g["pm"]:
        p = count(g["pm"])
        return None if p is None else Quantity(p / 1000, "share", (p,), m.group(0), m.span())
    if g["sn"]:
        a, b = int(g["sn"]), int(g["sd"])
        return Quantity(a / b, "share", (a, b), m.group(0), m.span()) if a < b else None
    if g["a"]:
        a, b = count(g["a"]), count(g["b"])
        if a is None or not b or a >= b or b > 1000:
            return None
        return Quantity(a / b, "share", (a, b), m.group(0), m.span())
    if g["fd"]:
        # "a third of", "by a fifth": a share; "a third term", "a second time": an ordinal.
        after, before = m.string[m.end():], m.string[:m.start()].split()[-1:]
        if not (re.match(r"\s+of\b", after) or before and before[0].lower() in _SHARE_BEFORE):
            return None
        n = count(g["fn"])
        return None if n is None else Quantity(n / _FRACTIONS[g["fd"].lower()], "share", (n,), m.group(0), m.span())
    if g["whole"]:  # an implicit 100%, as "a year" is an implicit one: a word, no figure anybody wrote
        return Quantity(1.0, "share", (100.0,), m.group(0), m.span(), implicit=True)
    # "Halved" and "cut by half" count only beside another amount, as an article does: MT says the fall in
    # ways no rule reads ("fell to the half", Apertium's "se redujeron a la mitad").
    return Quantity(0.5, "share", (0.5,), m.group(0), m.span(), implicit=not (g["halfof"] or g["halfprice"]))


def _measure(m: re.Match) -> Quantity | None:
    n = count(m.group("n"))
    if n is None or m.group("n").lower() in ("a", "an"):  # "a metre" is seldom a measure anyone took
        return None
    n *= SCALES.get((m.group("s") or "").lower(), 1.0)
    unit = m.group("sym") or m.group("u").lower()
    dimension, size = _SYMBOLS[unit] if m.group("sym") else _SIZES[unit]
    return Quantity(n * size, dimension, (n,), m.group(0), m.span(), written=unit)


def _temperature(m: re.Match) -> Quantity | None:
    word = m.group("n") or m.group("n0")
    n = count(word)
    if n is None or word.lower() in ("a", "an"):  # "a degree in law"
        return None
    if m.group("glued") and _NAMED_BEFORE.search(m.string, 0, m.start()):
        return None  # "Apartment 4C", "Gate 4F"
    if m.group("sign") or m.group("below") or m.group("n0"):
        n = -n
    scale = (m.group("scale") or m.group("glued") or "")[:1].upper()
    return Quantity(_celsius(n, scale), "temperature", (n,), m.group(0), m.span(), written=scale)


_NAMED_BEFORE = re.compile(r"\b[A-Z]\w*\s+$")


def _celsius(n: float, scale: str) -> float:
    return (n - 32) * 5 / 9 if scale == "F" else n


def _scales(q: Quantity) -> tuple[float, ...]:
    """A temperature in Celsius, and for plain degrees in Fahrenheit too: "86 degrees" may be 30 °C."""
    return (q.value, _celsius(q.count[0], "F")) if not q.written else (q.value,)


def _half_scaled(m: re.Match) -> Quantity | None:
    n = count(m.group("n")) if m.group("n") else 0.0
    if n is None:
        return None
    scale = " ".join(m.group("s").lower().split())
    value = (n + 0.5) * _HALVED[scale]
    return Quantity(value, "points" if scale == "percentage point" else "", (value,), m.group(0), m.span())


def _fraction_scaled(m: re.Match) -> Quantity | None:
    n = 1.0 if m.group("n").lower() in ("a", "an") else count(m.group("n"))
    if n is None:
        return None
    value = n / _FRACTIONS[m.group("f").lower()] * _HALVED[m.group("s").lower()]
    return Quantity(value, "", (value,), m.group(0), m.span())


def _basis(m: re.Match) -> Quantity | None:
    n = count(m.group("n"))
    return None if n is None else Quantity(n / 100, "points", (n / 100,), m.group(0), m.span())


def _magnitude(m: re.Match) -> Quantity:
    value = 24.0 if m.group("t") else _MAGNITUDES[m.group("m").lower()] * _MAGNITUDES[m.group("s").lower()]
    return Quantity(value, "", (value,), m.group(0), m.span())


def _scored(m: re.Match) -> Quantity:
    if m.group("brace"):
        return Quantity(2.0, "", (2.0,), m.group("brace"), m.span("brace"))
    if m.group("medal"):  # a place said by its medal, not a number anybody wrote
        n = _MEDALS[m.group("medal").lower()]
        return Quantity(n, "", (n,), m.group("medal"), m.span("medal"), implicit=True)
    n = 0.0 if m.group("nil") or m.group("none") else 3.0
    # "The first half was goalless" / "no goals in the first half": a 0 that nobody wrote as a figure.
    return Quantity(n, "", (n,), m.group(0), m.span(), implicit=m.group("none") is not None)


_OF_BEFORE = re.compile(r"\bof\s+$", re.I)


def _points(m: re.Match) -> Quantity | None:
    n = count(m.group("n"))
    implicit = m.group("n").lower() in ("a", "an")  # "by a percentage point"
    if n is None or implicit and _OF_BEFORE.search(m.string, 0, m.start()):
        return None
    return Quantity(n, "points", (n,), m.group(0), m.span(), implicit)


def _multiple(m: re.Match) -> Quantity | None:
    if m.group("es") or m.group("es2"):
        k = _SPANISH_MULTIPLES[(m.group("es") or m.group("es2")).lower()]
    else:
        k = _MULTIPLES.get(m.group("m").lower(), 2) if m.group("m") else count(m.group("k"))  # 2: "double"
    # A multiple counts as its plain number: "scored twice" / "two goals", "three times" / "triple".
    return None if not k else Quantity(float(k), "", (float(k),), m.group(0), m.span(), factor=True)


def _cue(words: str) -> re.Pattern:
    return re.compile(words, re.I)


# Each reading after durations, in order, with a word that any amount it reads holds: most sentences hold
# none, and the word is found faster than the pattern is tried at every position.
_READINGS = (
    (_TEMPERATURE, _temperature, _cue(r"deg|°|º|grader|zero|\d[CF]\b")),
    (_MEASURE, _measure, None),
    (_FRACTION_SCALED, _fraction_scaled, _cue(r"\bof an?\s+(?:dozen|hundred|thousand|million|billion|trillion)")),
    (_SHARE, _share, None),
    (_MULTIPLE, _multiple, _cue(r"twice|thrice|doubl|tripl|trebl|quadrupl|fold|times|duplic|doble|cuadrupl")),
    (_HALF_SCALED, _half_scaled, _cue("half")),
    (_BASIS, _basis, _cue(r"basis|bp")),
    (_POINTS, _points, _cue(r"percentage|prosentpoeng")),
    (_MAGNITUDE, _magnitude, _cue("tens|dozens|hundreds")),
    (_SCORED, _scored, _cue("hat|nil|goalless|scoreless|brace|gold|silver|bronze")),
)


def figure(s: str) -> float | None:
    """A figure's value, thousands grouped by comma, space or point ("12.345,67" in Norwegian and
    Spanish), decimals by point or comma ("1,5") and a fraction by its sign ("1½")."""
    if s and s[-1] in _VULGAR:
        return (int(s[:-1]) if s[:-1] else 0) + unicodedata.numeric(s[-1])
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "").replace(" ", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d+", s):
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def days(unit: str) -> float:
    """A unit of time in days ("year": 365.25)."""
    return _DAYS[unit]


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    word = word.removesuffix("s")
    return _ABBREVIATED.get(word, word)


@lru_cache(maxsize=1024)
def count(word: str) -> float | None:
    word = word.lower()
    if word in ("a", "an", "one", "every"):
        return 1.0
    if word[:1].isdigit() or word and word[0] in _VULGAR:
        return figure(word)
    from text_to_num import text2num

    try:
        return float(text2num(word.replace("-", " "), "en"))
    except ValueError:
        return None
