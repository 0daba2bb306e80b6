"""Bounds on one side of a check, past the byte limit (textio.MAX_BYTES, the service's --max-body).

Bytes do not bound the work: 2 MB of short sentences is tens of thousands of them. Memory grows
with the sentences (align.py never holds their product), and so does time: a 10,000-sentence pair
takes minutes on two cores (benchmarks/long_document.py). So the sentences of a side, and the
characters of one sentence, have limits too. Past one, the check stops before any model runs:
exit 2 on the CLI, 422 from the service, an error row in an audit.

Each limit can be set for a process with its environment variable.
"""
from __future__ import annotations

import os

from .errors import InputError
from .types import Document

SENTENCES = ("TCHECK_MAX_SENTENCES", 10_000)  # per side: a book chapter, not a news story; about 750 MB
SENTENCE_CHARS = ("TCHECK_MAX_SENTENCE_CHARS", 4_000)  # a news sentence is rarely 600; past this it is no sentence

# The server's limits (serve's options of the same names), here so that the CLI reads them without
# importing the web stack. Times in seconds:
CHECK_TIMEOUT = 120.0  # a check's run, queueing not counted; a long feature takes a few
BODY_TIMEOUT = 30.0  # a request body's arrival
HEADER_TIMEOUT = 10.0  # from connecting (or from the last response) to a request's last header
# Sentence vectors remembered between requests (and twice as many verifier judgements, and as many
# translated sentences): 20,000 of 384 float32s are about 31 MB, a few hundred articles' worth.
EMBED_CACHE = 20_000


def value(limit: tuple[str, int]) -> int:
    name, default = limit
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        n = int(raw.replace("_", ""))
    except ValueError:
        n = 0
    if n < 1:
        raise InputError(f"{name}={raw!r}: give a whole number of at least 1")
    return n


def values() -> dict[str, int]:
    """Every limit of a side, as this process's environment sets it: read at the start of an audit or a
    server, a bad value is one line then, not an error for each pair or request (and the audit's
    signature holds them, so that a pair past a limit that was since raised is checked again)."""
    return {name: value((name, default)) for name, default in (SENTENCES, SENTENCE_CHARS)}


def check(doc: Document, name: str) -> None:
    most = value(SENTENCES)
    if len(doc.segments) > most:
        raise InputError(f"{name}: {len(doc.segments):,} sentences; the limit is {most:,} "
                         f"(split the text, or raise {SENTENCES[0]})")
    k = max(range(len(doc.segments)), key=lambda i: len(doc.segments[i].text))
    size, most = len(doc.segments[k].text), value(SENTENCE_CHARS)
    if size > most:
        raise InputError(f"{name}: sentence {k + 1} holds {size:,} characters; the limit is {most:,} "
                         f"(raise {SENTENCE_CHARS[0]})")
