"""Dates, weekdays and clock times, in English, Norwegian and Spanish spellings."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..spans import blank
from ..types import Change, Span
from . import quantities
from .pair import Pair


def _numbered(names: str, first: int) -> dict[str, int]:
    return {name: i for i, name in enumerate(names.split(), first)}


MONTHS = {
    **_numbered("january february march april may june july august september october november december", 1),
    **_numbered("januar februar mars april mai juni juli august september oktober november desember", 1),
    **_numbered("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre", 1),
    **_numbered("jan feb mar apr may jun jul aug sep oct nov dec", 1),
    "sept": 9, "okt": 10, "des": 12,
}
_ENGLISH_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_ENGLISH_MONTHS = "January|February|March|April|June|July|August|September|October|November|December"  # not "May"
WEEKDAYS = {
    **_numbered(_ENGLISH_WEEKDAYS, 0),
    **_numbered("mandag tirsdag onsdag torsdag fredag lørdag søndag", 0),
    **_numbered("lunes martes miércoles jueves viernes sábado domingo", 0),
    "shabbat": 5, "sabbath": 5,  # Israeli news names Saturday so ("at the end of Shabbat": Saturday night)
}
_FULL_MONTHS = f"{_ENGLISH_MONTHS}|januar|februar|mars|april|juni|juli|august|september|oktober|november|desember"
# English weekdays and months as a date names them, capitalised ("May" is also a verb): the claims stage
# reads a day alone as a claim (claims._dated).
ENGLISH_DAYS = re.compile("|".join([*(day.title() for day in _ENGLISH_WEEKDAYS.split()), _ENGLISH_MONTHS]))
_SEASONS = "spring|summer|autumn|fall|winter|våren|sommeren|høsten|vinteren|primavera|verano|otoño|invierno"
_UNITS = "day|week|month|year|decade|dag|uke|måned|år"
_SEASON_KEY = {"fall": "autumn", "våren": "spring", "sommeren": "summer", "høsten": "autumn", "vinteren": "winter",
               "primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# A day past the month's end is still a day where "on" says so ("on 83 November 2022"), or where no word
# follows it ("(February 50)"): "June 60 percent" is a month and a number.
_DAY = r"(?P<d>[0-3]?\d|(?<=\bon )(?:3[2-9]|[4-9]\d)(?=\s))(?:st|nd|rd|th|\.|º)?"
_DAY_ENDS = r"[,;:)\]]|\.?$|\.\s"  # what may follow a day that no word follows
_TO = r"\s*(?:to|through|until|-|–|—)\s*"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
# Centuries and days said in words: "a seventeenth-century painting" is "the 17th century", "the fifth
# of January" is 5 January.
_ORDINALS = _numbered("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                      "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth", 1)
_ORDINALS |= {f"{tens}{joint}{word}": n + k  # to the thirty-first
              for tens, n, last in (("twenty", 20, 9), ("thirty", 30, 1)) for joint in "- "
              for word, k in list(_ORDINALS.items())[:last]} | {"thirtieth": 30}
# The year before each era's first, by the names MT gives it.
_ERA_START = {"reiwa": 2018, "heisei": 1988, "showa": 1925, "shōwa": 1925, "taisho": 1911, "taishō": 1911,
              "republic of china": 1911, "roc": 1911, "minguo": 1911, "juche": 1911}
_ERAS = r"(?-i:Reiwa|Heisei|Sh[oō]wa|Taish[oō]|Republic\s+of\s+China|ROC|Minguo|Juche)"
_CLOCK_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_POD = "morning|afternoon|evening"
_PARTS = {"first": 1, "second": 2, "latter": 2, "third": 3, "fourth": 4}  # "the latter half": the second
# The ends of a span of months: full names, "May" and the abbreviations that are no English words.
_SPAN_MONTH = rf"{_FULL_MONTHS}|(?-i:May)|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_PATTERNS = [
    # A date year first: "2023-06-05", and "2023.06.05" or "2023/6/5", as East Asian news writes it.
    r"\b(?P<iso>(?P<iy>\d{4})(?P<isep>[-./])(?P<im>0?[1-9]|1[0-2])(?P=isep)(?P<id>0?[1-9]|[12]\d|3[01]))\b"
    r"(?![.,/-]?\d)",
    # A year counted from another start, as MT keeps it: Japan's eras ("Reiwa 5", "the 7th year of
    # Heisei"), the Republic of China's ("ROC year 112", 民国), North Korea's Juche and the Buddhist era
    # ("2566 BE"); and a fiscal year ("FY2023", "FY23").
    # Each pattern added here is tried wherever a word starts: a first letter that it may start with
    # ends the attempt at most words.
    rf"\b(?-i:(?=[RHSTMJBFtf\d]))(?:(?P<era>{_ERAS})\s+(?:year\s+)?(?P<en>\d{{1,3}})\b(?!\s*(?:%|[-–/.,]\d))"
    rf"|(?:the\s+)?(?P<eo>\d{{1,3}}(?:st|nd|rd|th)|first)\s+year\s+of\s+(?:the\s+)?(?P<era2>{_ERAS})\b"
    r"|(?P<be>2[45]\d\d)\s*(?-i:B\.?E)\b\.?|(?-i:B\.?E)\.?\s*(?P<be2>2[45]\d\d)\b"
    r"|(?-i:FY)\s?(?P<fy>(?:19|20)?\d\d)(?:[-/](?:20)?\d\d)?\b)",  # "FY2023/24" is fiscal 2023
    # A span of months, which a year's parts also name: "January to September" is "the first three
    # quarters" and "the first nine months". Two months joined by "and" stay two (_unmatched pairs them
    # with a span that they open and close: "January and February" / "the first two months").
    rf"\b(?P<r1>{_SPAN_MONTH})\s*(?:to|through|until|till|-|–|—)\s*(?P<r2>{_SPAN_MONTH})(?!\w)",
    rf"\b(?:first|initial)\s+(?P<fq>two|three|2|3)\s+quarters\b"
    rf"|\b(?:first|initial)\s+(?P<fm>{quantities.COUNT})[\s-]+months\b|\b(?P<qh>[QH])(?P<qn>[1-4])\b",
    # A span of days in one month names both days: "10 to 12 February", "February 10-12".
    rf"\b(?:(?P<d0>[0-3]?\d)(?:st|nd|rd|th)?{_TO})?{_DAY}\s+(?:de\s+|(?<=st |nd |rd |th )of\s+)?(?P<m>{_M})\b\.?"
    rf"(?:,?\s+(?:de(?:l)?\s+)?{_YEAR})?",
    rf"\b(?P<m2>{_M})\b\.?\s+(?P<d2>[0-3]?\d|(?:3[2-9]|[4-9]\d)(?={_DAY_ENDS}))(?:st|nd|rd|th)?\b"
    rf"(?:{_TO}(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:]?\d))?"
    rf"(?:,?\s+(?P<y2>(?:1[89]|20)\d\d))?",
    rf"\b(?P<m3>{_M})\b\.?\s+(?:(?:de(?:l)?|of)\s+)?(?P<y3>(?:1[89]|20)\d\d)\b",
    rf"\b(?P<dw>{'|'.join(sorted(_ORDINALS, key=len, reverse=True))})\s+of\s+(?P<mw>{_M})\b\.?"
    r"(?:,?\s+(?P<yw>(?:1[89]|20)\d\d))?",
    # The night to a day is the night after the day before: German "in der Nacht zum Sonntag" and
    # Norwegian "natt til søndag", as MT renders them, are "Saturday night" and "overnight into Sunday".
    rf"\b(?=[tno])(?:the\s+night\s+(?:to|towards|into|before)|overnight\s+(?:to|into)|natt(?:a|en)?\s+til)"
    rf"\s+(?P<nw>{_W})\b",
    # A part of a day where a day is named: "on Thursday morning" is not "Thursday evening".
    rf"\b(?:{_W}|yesterday|tomorrow|this|early|late|on)\s+(?P<tod>morning|afternoon|evening)\b",
    rf"\b(?P<w>{_W})\b",
    rf"\b(?P<rel>(?:last|next|this|past|coming|previous)\s+(?:{_UNITS})"
    rf"|(?:{quantities.COUNT})(?:\s+and\s+a\s+half)?[\s-]+(?:{_UNITS})s?(?:\s+and\s+a\s+half)?"
    r"\s+(?:later|ago|earlier|before)"
    r"|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|i forgårs|i overmorgen"
    r"|yesterday|today|tomorrow|tonight|i går|i dag|i morgen)\b",
    rf"\b(?P<bm>{_FULL_MONTHS})\b",
    # A day of the month by its ordinal alone, as Chinese news writes it ("10日": "on the 10th"), where a
    # preposition of time comes before and no noun after ("the 20th National Congress", "on the 10th floor"):
    # "scheduled for the 30th", "on the evening of the 10th" (10日晚).
    r"\b(?:on|from|since|until|till|by|before|after|to|between|and|through|for|of)\s+(?P<odt>(?:the\s+)?"
    r"(?P<od>[12]?\d|3[01])(?:st|nd|rd|th))\b(?=\s*(?:[,.;:)]|$)|\s+(?:of\s+(?:this|last|next|the)\s+month|local|"
    r"that|when|and|or|to|at|in|for|with|from|by|on|as|after|before|while|the|a|an|this|its|his|her|their|he|she|it|"
    r"they|we|[a-z]+(?:ing|ed))\b)",
    # "May" the month, not the verb: after a preposition that takes a month.
    r"\b(?P<may>May)\b",
    r"\b(?:(?P<cent>[12]?\d)(?:st|nd|rd|th)|(?P<centw>" + "|".join(_ORDINALS) + r"))[\s-]+century\b",
    # A part of a year: "the second half of next year", "third-quarter results".
    r"\b(?P<part>first|second|third|fourth|1st|2nd|3rd|4th|latter(?=\s+half))[\s-]+(?P<pk>half|quarter)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:match|game|season|century))",
    rf"\b(?:(?P<sq>last|next)|in|this|early|late|the)\s+(?P<season>{_SEASONS})\b",
    # A clock time: "14:30", or "14.30" only where "kl." or am/pm says so ("12.50 euros" is money).
    r"(?:\bkl\.?\s*|\bat\s+)?\b(?P<hh>[0-2]?\d):(?P<mm>[0-5]\d)\s*(?P<ap>[ap]\.?m\.?)?(?![\d.,]*\d)",
    r"(?:\bkl\.?\s*|\bat\s+)\b(?P<hh3>[0-2]?\d)\.(?P<mm3>[0-5]\d)\b(?!\s*[ap]\.?m\.?)"
    r"(?![.,]?\d|\s*(?:%|per|[a-zæøå]*(?:euro|dollar|kron|pound|krone|metre|meter|mile)))"
    r"|\b(?P<hh4>1[0-2]|0?[1-9])\.(?P<mm4>[0-5]\d)\s*(?P<ap4>[ap]\.?m\.?)",
    r"\b(?P<hh2>1[0-2]|[1-9])\s*(?P<ap2>[ap]\.?m\.?)",
    # Midnight and noon are clock times: "at midnight" / "at 12 a.m.", "at noon" / "at 12:00".
    r"\b(?P<noon>midnight|noon|midday)\b",
    # "Half past three" is 3:30, "a quarter to four" 3:45 (3点半, 3点45分).
    rf"\b(?P<qm>half|(?:a\s+)?quarter)\s+(?P<qd>past|to)\s+(?P<qhr>1[0-2]|0?[1-9]|{_CLOCK_WORDS})\b"
    rf"(?:\s+in\s+the\s+(?P<qpod>{_POD})|\s+at\s+(?P<qnight>night)|\s*(?P<qap>[ap])\.?m\b\.?)?",
    # "8 o'clock in the evening" or "8 in the evening" is 8 p.m. (Chinese news' 晚上8点, which MT also renders
    # "20:00").
    rf"\b(?P<oc>1[0-2]|0?[1-9]|{_CLOCK_WORDS})(?=\s+(?:o['’]clock|in\s+the\s+(?:{_POD})|at\s+night)\b)"
    rf"(?:\s+o['’]clock\b)?(?:\s+in\s+the\s+(?P<pod>{_POD})|\s+at\s+(?P<night>night))?",
    # A 24-hour clock, as MT renders German "14 Uhr", French "14h30" and Spanish "a las 14 horas".
    # "4h" alone is mostly four hours: a clock time where minutes follow or a preposition of time leads.
    r"\b(?=\d)(?:(?P<hh6>1[3-9]|2[0-3]|00)\s+o['’]clock\b|(?P<hh7>[01]?\d|2[0-3])h(?P<mm7>[0-5]\d)\b(?!-)"
    r"|(?:(?<=\bat )|(?<=\bfrom )|(?<=\buntil )|(?<=\bto ))(?:(?P<hh9>[01]?\d|2[0-3])h\b(?!-)"
    r"|(?P<hh8>1[3-9]|2[0-3])\s+hours\b))",
    # The first end of a range of clock times takes the second's a.m. or p.m.: "between 2 and 3 a.m.".
    r"\b(?P<hh5>1[0-2]|[1-9])(?=\s*(?:and|to|or|-|–)\s*(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*(?P<ap5>[ap])\.?m\b)",
    # A date in figures, as Norwegian writes it: "3.3.2024", or "03.03" where a leading zero says so.
    r"\b(?P<nd>0?[1-9]|[12]\d|3[01])\.(?P<nm>0?[1-9]|1[0-2])\.(?P<ny>(?:19|20)\d\d)\b"
    r"|\b(?P<nd2>0[1-9])\.(?P<nm2>0[1-9]|1[0-2])\b(?![.,]?\d)",
    # A range of years whose end is written short: "the 2023-24 season", "the 2021-25 plan".
    r"(?<![\d,.])\b(?P<yr>(?:1[89]|20)\d\d)\s*[-–/]\s*(?P<ye>\d\d)\b(?![\d,.]\d)",
    r"(?<![\d,.])\b(?P<yy>(?:1[89]|20)\d\d)\b(?![\d,.]\d)",
]
_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.I)
_PAST_END = re.compile(_DAY_ENDS)
# Words that look like months but usually are not ("may" the verb, "march" the walk).
_AMBIGUOUS = {"may", "march", "mar", "jan", "des", "sep"}
# Words after which "May" is the month: "in May", "since May", "mid-May".
_BEFORE_MONTH = {"in", "since", "until", "till", "by", "from", "during", "early", "late", "mid", "last", "next", "this",
                 "of"}


@dataclass(frozen=True)
class When:
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    minutes: int | None = None  # time of day
    label: str | None = None  # a season or a relative date ("last week"), compared as words
    months: tuple[int, int] | None = None  # a span of months, first and last ("the first half": 1, 6)
    span: Span = field(default=(0, 0), compare=False)  # where `text` stands

    def fits(self, other: "When") -> bool:
        """True where no field that both give disagrees."""
        pairs = [(self.year, other.year), (self.month, other.month), (self.day, other.day),
                 (self.weekday, other.weekday), (self.minutes, other.minutes), (self.label, other.label),
                 (self.months, other.months)]
        shared = [(a, b) for a, b in pairs if a is not None and b is not None]
        return bool(shared) and all(a == b for a, b in shared)


def extract(text: str) -> list[When]:
    return [replace(w, span=(start, start + len(w.text))) for w, start in _read(text)]


def _read(text: str) -> Iterator[tuple[When, int]]:
    """Each date or time, and where its words start."""
    for m in _matches(text):
        g = m.groupdict()
        s = m.group(0).strip().rstrip(".,")
        at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if g["iso"]:
            yield When(s, int(g["iy"]), int(g["im"]), int(g["id"])), at
        elif g["era"] or g["era2"]:
            n = int(g["en"]) if g["en"] else 1 if g["eo"].lower() == "first" else int(g["eo"][:-2])
            yield When(s, year=_ERA_START[" ".join((g["era"] or g["era2"]).lower().split())] + n), at
        elif g["be"] or g["be2"]:
            yield When(s, year=int(g["be"] or g["be2"]) - 543), at
        elif g["fy"]:
            yield When(s, year=int(g["fy"]) + (2000 if len(g["fy"]) == 2 else 0)), at
        elif g["r1"]:
            yield When(s, months=(_month(g["r1"]), _month(g["r2"]))), at
        elif g["fq"] or g["fm"]:
            n = 3 * quantities.count(g["fq"]) if g["fq"] else quantities.count(g["fm"])
            if n and n.is_integer() and 1 < n < 12:
                yield When(s, months=(1, int(n))), at
        elif g["qh"]:
            n, size = int(g["qn"]), 3 if g["qh"].upper() == "Q" else 6
            if n * size <= 12:
                yield When(s, months=_part(n, size)), at
        elif g["m"]:
            if int(g["d"]) == 0 or int(g["d"]) > 31 and text[max(0, m.start("d") - 3):m.start("d")].lower() != "on ":
                continue
            if g["d0"]:
                yield When(g["d0"], _int(g["y"]), MONTHS[g["m"].lower()], int(g["d0"])), at
                at, s = m.start("d"), text[m.start("d"):m.end()].strip().rstrip(".,")
            yield When(s, _int(g["y"]), MONTHS[g["m"].lower()], int(g["d"])), at
        elif g["m2"]:
            if g["m2"].lower() in _AMBIGUOUS and not g["m2"][0].isupper():
                continue
            if int(g["d2"]) == 0 or int(g["d2"]) > 31 and not _PAST_END.match(text, m.end("d2")):
                continue
            month = MONTHS[g["m2"].lower()]
            if g["d3"]:
                yield When(text[at:m.end("d2")], _int(g["y2"]), month, int(g["d2"])), at
                at, s = m.start("d3"), text[m.start("d3"):m.end()].strip().rstrip(".,")
            yield When(s, _int(g["y2"]), month, int(g["d3"] or g["d2"])), at
        elif g["dw"]:
            if g["mw"].lower() in _AMBIGUOUS and not g["mw"][0].isupper():
                continue
            yield When(s, _int(g["yw"]), MONTHS[g["mw"].lower()], _ORDINALS[g["dw"].lower()]), at
        elif g["m3"]:
            if g["m3"].lower() in _AMBIGUOUS and not g["m3"][0].isupper():
                continue
            yield When(s, int(g["y3"]), MONTHS[g["m3"].lower()]), at
        elif g["w"]:
            yield When(s, weekday=WEEKDAYS[g["w"].lower()]), at
        elif g["nw"]:
            day = WEEKDAYS[g["nw"].lower()]  # either day may name it
            yield When(s, weekday=day), at
            yield When(s, weekday=(day - 1) % 7), at
        elif g["rel"]:
            yield When(s, label=_relative(g["rel"])), at
        elif g["od"]:
            if int(g["od"]):
                yield When(g["odt"], day=int(g["od"])), m.start("odt")
        elif g["bm"]:
            yield When(s, month=MONTHS[g["bm"].lower()]), at
        elif g["may"]:
            before = text[:m.start()].split()[-1:]
            if not g["may"][0].isupper() or not before or before[0].lower().rstrip("-") not in _BEFORE_MONTH:
                continue
            yield When(s, month=5), at
        elif g["part"]:
            n = _PARTS.get(g["part"].lower()) or int(g["part"][0])
            size = 6 if g["pk"].lower() == "half" else 3
            # A part of a year is the months it spans; a part of a month ("the first half of June") is not.
            of_month = re.match(rf"\s+of\s+(?:{_M})\b", text[m.end():], re.I)
            if of_month or n * size > 12:
                yield When(s, label=f"{g['pk'].lower()} {n}"), at
            else:
                yield When(s, months=_part(n, size)), at
        elif g["cent"] or g["centw"]:
            n = int(g["cent"]) if g["cent"] else _ORDINALS[g["centw"].lower()]
            yield When(s, label=f"century {n}"), at
        elif g["season"]:
            season = g["season"].lower()
            # "last summer" is not "this summer"; "this summer" and "in the summer" mostly are one.
            label = _SEASON_KEY.get(season, season)
            yield When(s, label=f"{g['sq'].lower()} {label}" if g["sq"] else label), at
        elif g["tod"]:
            day = re.match(rf"(?:{_W})\b", s, re.I)
            if day:
                yield When(day.group(0), weekday=WEEKDAYS[day.group(0).lower()]), at
            yield When(g["tod"], label=g["tod"].lower()), m.start("tod")
        elif g["hh"]:
            h, mm = int(g["hh"]), int(g["mm"])
            if h > 23:
                continue
            yield When(s, minutes=_clock(h, mm, g["ap"])), at
        elif g["hh3"]:
            yield When(s, minutes=_clock(int(g["hh3"]), int(g["mm3"]), None)), at
        elif g["hh4"]:
            yield When(s, minutes=_clock(int(g["hh4"]), int(g["mm4"]), g["ap4"])), at
        elif g["hh2"]:
            yield When(s, minutes=_clock(int(g["hh2"]), 0, g["ap2"])), at
        elif g["noon"]:
            yield When(s, minutes=0 if g["noon"].lower() == "midnight" else 720), at
        elif g["qm"]:
            h, minute = int(quantities.count(g["qhr"]) or 0), 30 if g["qm"].lower() == "half" else 15
            if g["qd"].lower() == "to":
                h, minute = h - 1 or 12, 60 - minute
            for minutes in _either(h, minute, g["qap"] or _part_of_day(g["qpod"], g["qnight"])):
                yield When(s, minutes=minutes), at
        elif g["oc"]:
            for minutes in _either(int(quantities.count(g["oc"]) or 0), 0, _part_of_day(g["pod"], g["night"])):
                yield When(s, minutes=minutes), at
        elif g["hh5"]:
            yield When(s, minutes=_clock(int(g["hh5"]), 0, g["ap5"])), at
        elif g["hh6"] or g["hh8"] or g["hh9"]:
            yield When(s, minutes=_clock(int(g["hh6"] or g["hh8"] or g["hh9"]), 0, None)), at
        elif g["hh7"]:
            yield When(s, minutes=_clock(int(g["hh7"]), int(g["mm7"]), None)), at
        elif g["nd"]:
            yield When(s, int(g["ny"]), int(g["nm"]), int(g["nd"])), at
        elif g["nd2"]:
            yield When(s, month=int(g["nm2"]), day=int(g["nd2"])), at
        elif g["yr"]:
            first = int(g["yr"])
            yield When(g["yr"], year=first), at
            # "2023-05" is a year and a month, not a range: the end of a range comes after its start.
            end = first - first % 100 + int(g["ye"])
            if end > first:
                yield When(g["ye"], year=end), m.start("ye")
        elif g["yy"]:
            yield When(s, year=int(g["yy"])), at


def spans(text: str) -> list[Span]:
    """Where dates and times stand, so that the number comparator can leave them to this one."""
    return [m.span() for m in _matches(text)]


@lru_cache(maxsize=1024)
def _matches(text: str) -> tuple[re.Match, ...]:
    """Every date and time the pattern finds, found once: a check reads a sentence's dates two or
    three times (the comparator, the number comparator's spans, the claims stage), and one scan of
    _RE's 25 patterns costs more than the rest of a reading."""
    return tuple(_RE.finditer(text))


def diff(original: str, translation: str) -> list[Change]:
    a, b = extract(original), extract(translation)
    lost, new = _unmatched(a, b)
    if not new:
        # A date that one side says twice ("on 5 May ... the 5 May meeting" / "... the meeting") is
        # still said: only a date that another took the place of is lost where it stands elsewhere.
        lost = [w for w in lost if not any(w.fits(x) for x in b)]
    # A day that the other side says by its bare number, where that side names the day's month for another
    # day ("from 10 to 12 February" / Apertium's "among the 10 and on 12 February": entre el 10 y el 12 de
    # febrero), or where the day has no month ("on the 9th for donations" is read as a number, "on the 9th,
    # soliciting" as a day).
    lost = [w for w in lost if not (w.day and (w.month is None or any(x.month == w.month for x in b))
                                    and _bare(w.day, translation))]
    # "yesterday" may become "the day before": a vague date that is merely gone is not a change.
    if not lost or (not new and all(w.year is None and w.day is None for w in lost)):
        return []
    # Words may say two dates, either of which they mean ("the night to Sunday"): those are listed once.
    lost, new = _once(lost), _once(new)
    return [Change("date", ", ".join(w.text for w in lost), ", ".join(w.text for w in new),
                   before_spans=tuple(w.span for w in lost), after_spans=tuple(w.span for w in new))]


def _once(found: list[When]) -> list[When]:
    return list({w.span: w for w in found}.values())


def _bare(day: int, text: str) -> bool:
    """Whether the text says the number (or its ordinal: "9th") outside its dates."""
    return re.search(rf"(?<![\w.,:]){day}(?:st|nd|rd|th)?(?![\w%]|[.,:]\d)", blank(text, spans(text))) is not None


def _unmatched(a: list[When], b: list[When]) -> tuple[list[When], list[When]]:
    """Each side's dates that no date of the other side accounts for, one for one: "last year ... the
    previous year" / "this year ... the previous year" keeps "last year" unmatched, though the
    previous year is also "last year". The same words pair first, then any date that fits."""
    free = list(b)
    lost = set()
    same_words = [any(w.text.lower() == x.text.lower() for x in b) for w in a]
    for i in sorted(range(len(a)), key=lambda i: not same_words[i]):
        w = a[i]
        match = (next((x for x in free if x.text.lower() == w.text.lower()), None)
                 or next((x for x in free if w.fits(x)), None))
        if match is None:
            lost.add(i)
        else:
            free.remove(match)
    lost_dates = [w for i, w in enumerate(a) if i in lost]
    lost_dates = _ended(lost_dates, free)
    free = _ended(free, lost_dates)
    return lost_dates, free


def _ended(spans: list[When], months: list[When]) -> list[When]:
    """`spans` less the spans of months whose first and last month `months` names apart: "the first two
    months" / "January and February", "the first quarter" / "between January and March". Those months
    are taken from `months` (in place), so that each answers for one span."""
    out = []
    for w in spans:
        ends = [next((x for x in months if x.month == end and x.day is None), None) for end in (w.months or ())]
        if ends and all(ends) and ends[0] is not ends[1]:
            for x in ends:
                months.remove(x)
        else:
            out.append(w)
    return out


_NUMBER_WORDS = {"a": "1", "one": "1", "two": "2", "three": "3", "four": "4", "six": "6"}
_UNIT_KEY = {"dag": "day", "uke": "week", "måned": "month", "år": "year"}


# Days named relative to today, as their keys.
_RELATIVE_DAYS = {"i går": "yesterday", "i dag": "today", "i morgen": "tomorrow", "tonight": "today",
                  "the day before yesterday": "2 days earlier", "i forgårs": "2 days earlier",
                  "the day after tomorrow": "2 days later", "i overmorgen": "2 days later"}


def _relative(text: str) -> str:
    """A comparable key: "a week later" and "seven days later" -> "next week", "a year and a half ago" and
    "eighteen months ago" -> "547.875 days ago" (quantities reads the time span), "i går" -> "yesterday"."""
    key = _RELATIVE_DAYS.get(" ".join(text.lower().split()))
    if key:
        return key
    words = text.lower().split()
    *span, last = words
    found = quantities.extract(" ".join(span)) if last in ("later", "ago", "earlier", "before") else ()
    if len(found) == 1:
        # One whole unit back or on is the previous or the next one: "a year earlier" / "the previous
        # year" / "last year" (Chinese news' 同比: "up 5% from a year earlier" / "from the same period last
        # year"), "a day later" / "the next day".
        unit = next((u for u in ("day", "week", "month", "year") if found[0].value == quantities.days(u)), None)
        if unit:
            return f"{'next' if _ALIKE.get(last, last) == 'later' else 'last'} {unit}"
        return f"{found[0].value:g} days {_ALIKE.get(last, last)}"
    words = [_NUMBER_WORDS.get(w, _UNIT_KEY.get(w.rstrip("s"), w.rstrip("s") if w.rstrip("s") in _UNITS else w))
             for w in words]
    return " ".join(_ALIKE.get(w, w) for w in words)


# "A year earlier" and "a year before" are one date, as are "the past year" and "last year", and "the coming
# week" and "next week" (下周). So are "two years ago" and "two years earlier", as "a year ago" and "a year
# earlier" are (both "last year"): MT renders Chinese news' 两年前 both ways, whether it counts back from the
# day of writing or from the event.
_ALIKE = {"before": "earlier", "ago": "earlier", "after": "later", "past": "last", "previous": "last", "coming": "next"}


def _part(n: int, size: int) -> tuple[int, int]:
    """The first and last month of a year's `n`th part of `size` months: the third quarter is (7, 9)."""
    return n * size - size + 1, n * size


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _part_of_day(pod: str | None, night: str | None) -> str | None:
    """a.m. or p.m., as "in the morning", "in the afternoon", "in the evening" or "at night" says."""
    return "p" if night or pod and pod.lower() != "morning" else "a" if pod else None


def _either(h: int, m: int, ampm: str | None) -> tuple[int, ...]:
    """A time said on the 12-hour clock in words: "3 o'clock" or "half past three" alone (3点, 3点半) may
    be either, and a.m. and p.m. both name it."""
    return (_clock(h, m, ampm),) if ampm else (_clock(h, m, "a"), _clock(h, m, "p"))


def _clock(h: int, m: int, ampm: str | None) -> int:
    if ampm:
        pm = ampm.lower().startswith("p")
        h = h % 12 + (12 if pm else 0)
    return h * 60 + m


def compare(pair: Pair) -> list[Change]:
    return diff(pair.original, pair.english)
