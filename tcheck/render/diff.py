"""Word diff between an original sentence and its English rendering, shared by the Markdown and HTML reports.

Tokens are whitespace-separated words with their punctuation attached, so a marked run always starts
and ends at a word boundary (Markdown's `**`/`~~` only work there). Words are compared loosely (case,
surrounding punctuation and quote style ignored): an editor cares that "Osei" became "Blake", not that
a comma moved.
"""
from __future__ import annotations

import difflib
import re
from typing import Literal

from ..types import Finding

Op = Literal["same", "changed"]
Run = tuple[Op, str]

_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


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
    a_changed, b_changed = [True] * len(a_tok), [True] * len(b_tok)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            a_changed[block.a + k] = False
            b_changed[block.b + k] = False
    return _runs(a, a_tok, a_changed), _runs(b, b_tok, b_changed)


def _runs(text: str, tokens: list[re.Match], changed: list[bool]) -> list[Run]:
    """Group consecutive tokens of the same state; whitespace between two changed words joins their run."""
    runs: list[Run] = []
    pos = 0
    for m, is_changed in zip(tokens, changed):
        op: Op = "changed" if is_changed else "same"
        gap = text[pos:m.start()]
        if op == "changed" and runs and runs[-1][0] == "changed":
            runs[-1] = (op, runs[-1][1] + gap + m.group())
        else:
            if gap:
                _append(runs, "same", gap)
            _append(runs, op, m.group())
        pos = m.end()
    if text[pos:]:
        _append(runs, "same", text[pos:])
    return runs


def _append(runs: list[Run], op: Op, text: str) -> None:
    if runs and runs[-1][0] == op:
        runs[-1] = (op, runs[-1][1] + text)
    else:
        runs.append((op, text))


def finding_runs(f: Finding) -> tuple[list[Run], list[Run]]:
    """A finding's original and English as runs: word-diffed where both sides exist (altered, or
    part of a claim added or dropped: what moved), else the one side as it stands."""
    english = f.translation_en or f.translation
    if f.original and english:
        return word_diff(f.original, english)
    return ([("same", f.original)] if f.original else []), ([("same", english)] if english else [])
