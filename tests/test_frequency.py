"""Word frequencies from the cached table: wordfreq's own numbers, without importing it for a word of letters."""
import subprocess
import sys

import pytest
from wordfreq import zipf_frequency

from tcheck import frequency


@pytest.mark.parametrize("word", ["the", "house", "reservoir", "casino", "acquitted", "The", "HOUSE", "café", "CAFÉ",
                                  "Cafe\u0301"])
def test_a_word_of_letters_reads_as_wordfreq_reads_it(word):
    assert zipf_frequency(word, "en") >= frequency.FLOOR
    assert frequency.zipf(word) == zipf_frequency(word, "en")


@pytest.mark.parametrize("word", ["bagpipe", "plinth", "zither", "zzxqj", "Tromsø", "Støre", "Москва"])
def test_a_word_of_letters_below_the_floor_reads_zero(word):
    assert zipf_frequency(word, "en") < frequency.FLOOR
    assert frequency.zipf(word) == 0.0


@pytest.mark.parametrize("word", ["e-commerce", "don't", "year-on-year", "covid-19",
                                  "İstanbul"])  # "İ" folds to i + a mark
def test_any_other_word_asks_wordfreq(word):
    assert frequency.zipf(word) == zipf_frequency(word, "en")


def test_a_word_of_letters_does_not_import_wordfreq():
    frequency.zipf("house")  # the table is in the user's cache now
    probe = ("import sys; from tcheck.frequency import zipf; zipf('house'); zipf('zzxqj'); zipf('Tromsø'); "
             "print('wordfreq' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"
