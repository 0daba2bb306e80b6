"""Word diff between an original sentence and its English rendering, shared by every report format.

Tokens are whitespace-separated words with their punctuation attached, so a marked run always starts
and ends at a word boundary (Markdown's `**`/`~~` only work there); the quotes, brackets and stops at
a run's ends are left unmarked ("**March**.", not "**March.**"). Words are compared loosely (case,
surrounding punctuation and quote style ignored): an editor cares that "Osei" became "Blake", not that
a comma moved. Among the changed words, those where a finding's fact stands (its spans: "340",
"Rachel Osei") are runs of their own, "fact", which renderers mark strongly, and the paraphrase
around them lightly.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Literal

from .. import spans
from ..types import Finding, Span

Op = Literal["same", "changed", "fact"]
Run = tuple[Op, str]

_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
# What a marked run's ends give back to the text around it: a run may not end inside a word, and a
# sign of the fact itself ("$", "%", "-") stays marked. A stop stays where the run holds another ("U.S.").
_OPENING = re.compile(r"^[\"'“‘«‹(\[¿¡]+")
_CLOSING = re.compile(r"[\"'”’»›)\].,;:!?…]+$")


def _key(word: str) -> str:
    # Keep the punctuation when a token is nothing but punctuation ("–"), else it would equal "".
    return _EDGE_PUNCT.sub("", word).casefold() or word


def word_diff(a: str, b: str) -> tuple[list[Run], list[Run]]:
    """Split `a` and `b` into runs; "changed" runs in `a` were dropped or replaced, in `b` added or replacing.

    Runs cover the texts exactly: "".join(text for _, text in runs) == the input (whitespace kept).
    """
    a_tok, b_tok = list(_TOKEN.finditer(a)), list(_TOKEN.finditer(b))
    matcher = difflib.SequenceMatcher(None, [_key(m.group()) for m in a_tok], [_key(m.group()) for m in b_tok],
                                      autojunk=False)
    a_ops: list[Op] = ["changed"] * len(a_tok)
    b_ops: list[Op] = ["changed"] * len(b_tok)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            a_ops[block.a + k] = "same"
            b_ops[block.b + k] = "same"
    return _runs(a, a_tok, a_ops), _runs(b, b_tok, b_ops)


def with_facts(runs: list[Run], spans: Iterable[Span]) -> list[Run]:
    """The changed words that stand in these spans (where a finding's fact is) as "fact" runs."""
    spans = list(spans)
    if not spans:
        return runs
    out: list[Run] = []
    pos = 0
    for op, text in runs:
        if op == "changed":
            tokens = list(_TOKEN.finditer(text))
            ops: list[Op] = ["fact" if any(s < pos + m.end() and pos + m.start() < e for s, e in spans) else "changed"
                             for m in tokens]
            for run in _runs(text, tokens, ops):
                _append(out, *run)
        else:
            _append(out, op, text)
        pos += len(text)
    return out


def _runs(text: str, tokens: list[re.Match], ops: list[Op]) -> list[Run]:
    """Group consecutive tokens of the same op; whitespace between two marked words of one op joins their run."""
    runs: list[Run] = []
    pos = 0
    for m, op in zip(tokens, ops):
        gap = text[pos:m.start()]
        if op != "same" and runs and runs[-1][0] == op:
            runs[-1] = (op, runs[-1][1] + gap + m.group())
        else:
            if gap:
                _append(runs, "same", gap)
            _append(runs, op, m.group())
        pos = m.end()
    if text[pos:]:
        _append(runs, "same", text[pos:])
    return _unpunctuated(runs)


def _unpunctuated(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for op, text in runs:
        if op == "same":
            _append(out, op, text)
            continue
        opening = _OPENING.match(text)
        start = opening.end() if opening else 0
        closing = _CLOSING.search(text, start)
        end = closing.start() if closing else len(text)
        if end < len(text) and text[end] == "." and "." in text[start:end]:
            end += 1
        if start >= end:  # nothing but punctuation ("–", "?"): the run is that
            start, end = 0, len(text)
        for piece, piece_op in ((text[:start], "same"), (text[start:end], op), (text[end:], "same")):
            if piece:
                _append(out, piece_op, piece)
    return out


def _append(runs: list[Run], op: Op, text: str) -> None:
    if runs and runs[-1][0] == op:
        runs[-1] = (op, runs[-1][1] + text)
    else:
        runs.append((op, text))


def fact_spans(f: Finding) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Where a finding's fact stands in its original and in its English. A side that says the fact with
    no word of its own (the affirmative against "did not approve") shows the words that it lies in
    (`said`): "approved"."""
    before, after = f.before_spans, f.after_spans
    if f.said:
        before = before or spans.of(f.said[0], f.original or "")
        after = after or spans.of(f.said[1], f.translation_en or f.translation or "")
    return before, after


def finding_runs(f: Finding) -> tuple[list[Run], list[Run]]:
    """A finding's original and English as runs: word-diffed where both sides exist (altered, or
    part of a claim added or dropped: what moved), with its fact marked, else the one side as it stands."""
    english = f.translation_en or f.translation
    if f.original and english:
        before, after = word_diff(f.original, english)
        before_spans, after_spans = fact_spans(f)
        return with_facts(before, before_spans), with_facts(after, after_spans)
    return ([("same", f.original)] if f.original else []), ([("same", english)] if english else [])
