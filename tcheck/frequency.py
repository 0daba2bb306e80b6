"""How common an English word is, on wordfreq's Zipf scale: 7.7 for "the", 3 for once in a million
words, 0 for a word wordfreq has never seen.

Two comparators ask: the claims stage (is a word the other side lacks rare enough to be a claim of
its own?) and the names comparator (is a capitalised word that opens a sentence a common word?).
Importing wordfreq and reading its list cost a cold check about 0.3 s, so its plain words of Zipf
FLOOR and above are kept as a table in the user's cache (tcheck/cache.py), rebuilt when wordfreq's
list changes, and read in a millisecond (a marisa trie of 28,000 words and their Zipf values in
hundredths: 0.1 MB, where a dict took 4 MB). A word of letters alone is looked up as wordfreq would look
it up (NFC, case-folded: its preprocessing for English), and one that the table lacks is rarer than
FLOOR and reads 0.0 ("Tromsø" as much as "zither"); a word with a hyphen, apostrophe or digit asks
wordfreq itself, which knows how to split it. Every threshold that reads this scale sits at FLOOR
or above (claims' `rare`, names' 4.0).
"""
from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from pathlib import Path

FLOOR = 3.0


def zipf(word: str) -> float:
    """wordfreq's zipf_frequency(word, "en"), or 0.0 for a word of letters below FLOOR."""
    w = unicodedata.normalize("NFC", word).casefold()
    if w.isalpha():  # letters alone, no marks: one token, as wordfreq splits it
        found = table().get(w)
        return found[0][0] / 100 if found else 0.0
    from wordfreq import zipf_frequency

    return zipf_frequency(w, "en")


@lru_cache(maxsize=1)
def table():
    """Word of letters -> its Zipf frequency in hundredths (wordfreq rounds it so), for the words of
    FLOOR and above: a marisa RecordTrie, whose `get(word)` is [(hundredths,)] or None."""
    from .cache import table as cached

    spec = importlib.util.find_spec("wordfreq")
    data = Path(spec.origin).parent / "data" / "large_en.msgpack.gz" if spec and spec.origin else Path("wordfreq")
    return cached("zipf", [Path(__file__), data], _build)


def _build():
    import marisa_trie
    from wordfreq import get_frequency_dict, zipf_frequency

    # Only words near FLOOR or above are worth asking: zipf_frequency rounds to two decimals, so a
    # word a hair under FLOOR's frequency may still read FLOOR; it decides.
    least = 10 ** (FLOOR - 9) * 0.99
    return marisa_trie.RecordTrie("<H", [(w, (round(z * 100),)) for w, f in get_frequency_dict("en").items()
                                         if f >= least and w.isalpha() and (z := zipf_frequency(w, "en")) >= FLOOR])
