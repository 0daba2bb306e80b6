"""Number words as digits ("forty" -> "40"), through text2num, for reading wording around numbers. Pure."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Number words as digits ("forty" -> "40"), for comparing wording around numbers."""
    from text_to_num import alpha2digit

    # "seven-year" and "twenty-one" read as "seven year" and "twenty one".
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    try:
        return alpha2digit(text, "en", threshold=2)
    except Exception:  # text2num gives up on odd input; the text is then read as it stands
        return text
