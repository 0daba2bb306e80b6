"""Sentence limits: a side past them stops the check before any model runs, in one line."""
import pytest

from tcheck import pipeline
from tcheck.errors import InputError


def test_too_many_sentences(monkeypatch):
    monkeypatch.setenv("TCHECK_MAX_SENTENCES", "10")
    assert len(pipeline.prepare("The council met. " * 10, "en").segments) == 10
    with pytest.raises(InputError, match="11 sentences; the limit is 10"):
        pipeline.prepare("The council met. " * 11, "en", name="story.txt")


def test_a_sentence_too_long(monkeypatch):
    monkeypatch.setenv("TCHECK_MAX_SENTENCE_CHARS", "100")
    with pytest.raises(InputError, match="sentence 2 holds 304 characters; the limit is 100"):
        pipeline.prepare("The council met on Tuesday. It " + "x" * 300 + ".", "en")


def test_the_defaults_hold_a_long_article():
    assert len(pipeline.prepare("The council met on Tuesday. " * 2_000, "en").segments) == 2_000


@pytest.mark.parametrize("raw", ["0", "-3", "lots"])
def test_a_bad_setting_is_one_line(monkeypatch, raw):
    monkeypatch.setenv("TCHECK_MAX_SENTENCES", raw)
    with pytest.raises(InputError, match="TCHECK_MAX_SENTENCES"):
        pipeline.prepare("The council met.", "en")
