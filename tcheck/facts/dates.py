"""Dates, weekdays and clock times, in English, Norwegian and Spanish spellings."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Change

MONTHS = {
    **{m: i for i, m in enumerate("january february march april may june july august september october november december".split(), 1)},
    **{m: i for i, m in enumerate("januar februar mars april mai juni juli august september oktober november desember".split(), 1)},
    **{m: i for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), 1)},
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9, "okt": 10, "des": 12,
}
WEEKDAYS = {
    **{d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())},
    **{d: i for i, d in enumerate("mandag tirsdag onsdag torsdag fredag lørdag søndag".split())},
    **{d: i for i, d in enumerate("lunes martes miércoles jueves viernes sábado domingo".split())},
}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.|º)?"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
_PATTERNS = [
    rf"\b(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d))\b",
    rf"\b{_DAY}\s+(?:de\s+)?(?P<m>{_M})\b\.?(?:,?\s+(?:de(?:l)?\s+)?{_YEAR})?",
    rf"\b(?P<m2>{_M})\b\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>(?:1[89]|20)\d\d))?",
    rf"\b(?P<m3>{_M})\b\.?\s+(?:(?:de(?:l)?|of)\s+)?(?P<y3>(?:1[89]|20)\d\d)\b",
    rf"\b(?P<w>{_W})\b",
    r"(?:\bkl\.?\s*|\bat\s+)?\b(?P<hh>[0-2]?\d)[:.](?P<mm>[0-5]\d)\s*(?P<ap>[ap]\.?m\.?)?(?![\d.,]*\d)",
    r"\b(?P<hh2>1[0-2]|[1-9])\s*(?P<ap2>[ap]\.?m\.?)",
    rf"(?<![\d,.])\b(?P<yy>(?:1[89]|20)\d\d)\b(?![\d,.]\d)",
]
_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.I)
# Words that look like months but usually are not ("may" the verb, "march" the walk).
_AMBIGUOUS = {"may", "march", "mar", "jan", "des", "sep"}


@dataclass(frozen=True)
class When:
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    minutes: int | None = None  # time of day

    def fits(self, other: "When") -> bool:
        """True where no field that both give disagrees."""
        pairs = [(self.year, other.year), (self.month, other.month), (self.day, other.day),
                 (self.weekday, other.weekday), (self.minutes, other.minutes)]
        shared = [(a, b) for a, b in pairs if a is not None and b is not None]
        return bool(shared) and all(a == b for a, b in shared)


def extract(text: str) -> list[When]:
    out = []
    for m in _RE.finditer(text):
        g = m.groupdict()
        s = m.group(0).strip().rstrip(".,")
        if g["iso"]:
            out.append(When(s, int(g["iy"]), int(g["im"]), int(g["id"])))
        elif g["m"]:
            if int(g["d"]) == 0 or int(g["d"]) > 31:
                continue
            out.append(When(s, _int(g["y"]), MONTHS[g["m"].lower()], int(g["d"])))
        elif g["m2"]:
            if g["m2"].lower() in _AMBIGUOUS and not g["m2"][0].isupper():
                continue
            if int(g["d2"]) == 0 or int(g["d2"]) > 31:
                continue
            out.append(When(s, _int(g["y2"]), MONTHS[g["m2"].lower()], int(g["d2"])))
        elif g["m3"]:
            if g["m3"].lower() in _AMBIGUOUS and not g["m3"][0].isupper():
                continue
            out.append(When(s, int(g["y3"]), MONTHS[g["m3"].lower()]))
        elif g["w"]:
            out.append(When(s, weekday=WEEKDAYS[g["w"].lower()]))
        elif g["hh"]:
            h, mm = int(g["hh"]), int(g["mm"])
            if h > 23:
                continue
            out.append(When(s, minutes=_clock(h, mm, g["ap"])))
        elif g["hh2"]:
            out.append(When(s, minutes=_clock(int(g["hh2"]), 0, g["ap2"])))
        elif g["yy"]:
            out.append(When(s, year=int(g["yy"])))
    return out


def spans(text: str) -> list[tuple[int, int]]:
    """Where dates and times stand, so that the number comparator can leave them to this one."""
    return [m.span() for m in _RE.finditer(text)]


def diff(original: str, translation: str) -> list[Change]:
    a, b = extract(original), extract(translation)
    lost = [w for w in a if not any(w.fits(x) for x in b)]
    new = [w for w in b if not any(w.fits(x) for x in a)]
    if not lost:
        return []
    return [Change("date", ", ".join(w.text for w in lost), ", ".join(w.text for w in new))]


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _clock(h: int, m: int, ampm: str | None) -> int:
    if ampm:
        pm = ampm.lower().startswith("p")
        h = h % 12 + (12 if pm else 0)
    return h * 60 + m
