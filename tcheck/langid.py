"""Language of a text, as the ISO 639-1 code Argos uses ("nb" for Bokmål, "nn" for Nynorsk).

Two detectors. CLD2 (pycld2) has its tables compiled in: a whole article in a millisecond, with
nothing to load. lingua reads short text better but loads its models on the first call of a
process, 0.5 s of a 1.8 s cold check. So CLD2 answers where it calls itself reliable on text of at
least QUICK_LEAST characters and names a language tcheck offers; lingua decides the rest.
benchmarks/language_id.py measures both on 1,710 texts drawn from 38 languages' word frequencies:
right on 1,697 this way and 1,698 with lingua alone, and the first call in a process takes 2 ms
instead of 0.7 s.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from .errors import InputError

QUICK_LEAST = 200  # characters: CLD2's answer on less is left to lingua, which reads short text better
READ = 20000  # characters read: a whole article's worth, and no more time on a long one
CODE = r"[A-Za-z]{2,3}"  # an ISO 639-1 (or 639-3) code as --source-lang and the service take it, in any case
CODE_HINT = "an ISO 639-1 code such as nb, es or de"  # what a user who gave something else reads

# Languages that Argos Translate or Apertium cover; detecting among fewer is faster and surer.
_CODES = (
    "en nb nn da sv de fr es pt it nl pl ru uk fi et lv lt cs sk sl hu ro bg el tr ar fa he hi "
    "bn ur id ms tl vi th zh ja ko ca eu gl ga sq az eo is"
).split()


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in _CODES if hasattr(IsoCode639_1, c.upper())]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


# CLD2's codes that differ from Argos's (its "no" is Bokmål; Nynorsk is "nn" in both).
_FROM_CLD2 = {"no": "nb", "iw": "he", "zh-Hant": "zh"}


@lru_cache(maxsize=1)
def signature() -> str:
    """The detectors and the languages they choose among: what they say of a text depends on all three."""
    from importlib.metadata import version

    return (f"cld2-{version('pycld2')}-{QUICK_LEAST}+lingua-{version('lingua-language-detector')}-low/"
            f"{hashlib.sha256(' '.join(_CODES).encode()).hexdigest()[:12]}")


def code(value: str | None, what: str = "--source-lang") -> str | None:
    """A language code as given (" ES", "nb"): lowercased, or InputError where it is no code at all;
    None where none was given."""
    if value is None:
        return None
    lang = value.strip().lower()
    if not re.fullmatch(CODE, lang):
        raise InputError(f"{what} {value!r}: give {CODE_HINT}")
    return lang


def reads_english(text: str) -> bool:
    """Whether a text too short for the detectors to be sure of (under QUICK_LEAST characters) is English
    by its words: three in four of its lower-case words English ones (Zipf 3.0 and above), names passed
    over, or no lower-case word at all. A detector may misread a headline full of names ("Støre meets
    Biden in Oslo", 1.0); short sentences of other languages read 0.3 to 0.4 (Norwegian) and 0.5 to 0.6
    (Spanish, French, German: their short words "el", "le", "den" are English words too)."""
    from . import frequency

    if len(text) >= QUICK_LEAST:
        return False
    words = [w for w in _WORD.findall(text) if w[0].islower()]
    return not words or sum(frequency.zipf(w) >= frequency.FLOOR for w in words) >= 0.75 * len(words)


_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str, name: str = "input") -> str:
    text = text[:READ]
    sure = quick(text)
    if sure is not None:
        return sure
    language = _detector().detect_language_of(text)
    if language is None:
        raise InputError(f"{name}: cannot tell which language this is; give --source-lang")
    return language.iso_code_639_1.name.lower()


def quick(text: str) -> str | None:
    """CLD2's answer where it is sure, else None."""
    import pycld2

    if len(text) < QUICK_LEAST:
        return None
    try:
        reliable, _, guesses = pycld2.detect(text)
    except (pycld2.error, UnicodeEncodeError):  # control characters or lone surrogates: lingua reads them
        return None
    code = _FROM_CLD2.get(guesses[0][1], guesses[0][1])
    return code if reliable and code in _CODES else None
