"""Language of a text, as the ISO 639-1 code Argos uses ("nb" for Bokmål, "nn" for Nynorsk)."""
from __future__ import annotations

import hashlib
from functools import lru_cache

from .errors import InputError

READ = 20000  # characters read: a whole article's worth, and no more time on a long one
CODE = r"[a-z]{2,3}"  # an ISO 639-1 (or 639-3) code as --source-lang and the service take it

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


@lru_cache(maxsize=1)
def signature() -> str:
    """The detector and the languages it chooses among: what it says of a text depends on both."""
    from importlib.metadata import version

    return f"lingua-{version('lingua-language-detector')}-low/{hashlib.sha256(' '.join(_CODES).encode()).hexdigest()[:12]}"


def detect(text: str, name: str = "input") -> str:
    language = _detector().detect_language_of(text[:READ])
    if language is None:
        raise InputError(f"{name}: cannot tell which language this is; give --source-lang")
    return language.iso_code_639_1.name.lower()
