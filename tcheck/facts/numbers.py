"""Numbers, amounts and percentages: "three", "1,5 millioner", "$2bn" and "2 billion dollars" agree."""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from ..types import Change
from . import dates

_SCALES = {
    "thousand": 1e3, "tusen": 1e3, "k": 1e3, "mil": 1e3,
    "million": 1e6, "millions": 1e6, "millioner": 1e6, "million.": 1e6, "mill": 1e6, "mln": 1e6, "m": 1e6,
    "mn": 1e6, "millones": 1e6, "millón": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "milliard": 1e9, "milliarder": 1e9, "mrd": 1e9, "b": 1e9,
    "trillion": 1e12, "billioner": 1e12,
}
_NUM = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d,])|\d+(?:[.,]\d+)?)"
    r"(?:st|nd|rd|th|\.(?=\s))?"
    r"(?:\s*-?\s*(?P<s>thousand|tusen|millions?|millioner|milliarder|milliard|mill|mln|mn|billions?|bn|mrd|trillion|millones|millón|k|m|b)\b\.?)?",
    re.I,
)
# Words that stand for numbers in news text but that text2num leaves alone.
_WORDS = {"dozen": 12, "dozens": 24, "quarter": 0.25, "half": 0.5, "twice": 2, "double": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
          "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tjue": 20, "hundre": 100}


def normalise(text: str) -> str:
    """Number words as digits ("forty" -> "40"), for comparing wording around numbers."""
    return _digits(text)


@lru_cache(maxsize=4096)
def _digits(text: str) -> str:
    from text_to_num import alpha2digit

    # "seven-year" and "twenty-one" read as "seven year" and "twenty one".
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    try:
        return alpha2digit(text, "en", threshold=2)
    except Exception:  # text2num gives up on odd input; the text is then read as it stands
        return text


def extract(text: str) -> list[tuple[float, str]]:
    """(value, surface) for every number that is not part of a date or time."""
    masked = _mask(text, dates.spans(text))
    out = _numbers(masked)
    # Number words next, on what the digits left: text2num would read "2.4 million" as "2.4 1000000".
    masked = _digits(_mask(masked, [span for _, _, span in out]))
    out += _numbers(masked)
    result = [(v, s) for v, s, _ in out]
    for word in re.findall(r"\b\w+\b", masked.lower()):
        if word in ("dozen", "dozens") or (word in _WORDS and word not in ("half", "twice", "double", "fire", "ni", "ti", "tre")):
            result.append((float(_WORDS[word]), word))
    return result


def _numbers(text: str) -> list[tuple[float, str, tuple[int, int]]]:
    out = []
    for m in _NUM.finditer(text):
        value = _value(m.group("n"))
        if value is None:
            continue
        scale = (m.group("s") or "").lower().rstrip(".")
        out.append((value * _SCALES.get(scale, 1.0), m.group(0).strip(), m.span()))
    return out


def diff(original: str, translation: str) -> list[Change]:
    a, b = extract(original), extract(translation)
    ca, cb = Counter(_key(v) for v, _ in a), Counter(_key(v) for v, _ in b)
    lost, new = ca - cb, cb - ca
    if not lost:
        return []
    before = ", ".join(s for v, s in a if _key(v) in lost)
    after = ", ".join(s for v, s in b if _key(v) in new)
    return [Change("number", before, after)]


def _key(v: float) -> float:
    return float(f"{v:.6g}") if math.isfinite(v) else v


def _value(s: str) -> float | None:
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "").replace(" ", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):  # Norwegian and Spanish thousands: 1.500, 12.345,67
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d+", s):  # Norwegian decimal comma: 1,5
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars)
