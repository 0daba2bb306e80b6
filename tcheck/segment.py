"""Blocks -> sentence segments, for any language sentencex knows. Pure.

sentencex is good at abbreviations and quotes but splits Norwegian ordinal dates
("22. januar 2016") and a few abbreviations ("kl. 14.30"); `_repair` joins those back.
"""
from __future__ import annotations

import re

from .markup import Block
from .types import Document, Segment

_MONTHS = (
    "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
    "january|february|march|may|june|july|october|december|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|des|dec"
)
_DATELINE = re.compile(
    r"^\s*((?:date|published|updated|publisert|oppdatert|sist oppdatert|publicado(?:\s+el)?)\s*:?\s*"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+(?:de\s+)?(?:" + _MONTHS + r")\.?\s+(?:de\s+)?\d{4}|"
    r"(?:" + _MONTHS + r")\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:[ ,]+(?:kl\.\s*)?\d{1,2}[:.]\d{2})?)\s*",
    re.I,
)
_ABBREV_END = re.compile(
    r"\b(kl|ca|nr|bl\.a|f\.eks|jf|mill|mrd|st|dr|prof|no|nos|pp|vs|mr|mrs|ms|jr|sr|gen|col|lt|sgt|rep|sen|gov)\.\s*$",
    re.I)
_DAY_END = re.compile(r"\b\d{1,2}\.\s*$")
_STARTS_LOWER = re.compile(r"^\W*[a-zæøåäöüéèáíóúñ]")
_STARTS_MONTH = re.compile(r"^(" + _MONTHS + r")\b", re.I)
_STARTS_DIGIT = re.compile(r"^\d")
_FULL_MONTH_END = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\."
    r"(\s+)(?=[A-ZÆØÅ«\"“–])"
)
_CAPTION_SEG = re.compile(r"^\s*(photo|foto|bilde|illustrasjon|illustration|image|picture)\s*[:/]", re.I)


def split_sentences(text: str, lang: str) -> list[str]:
    from sentencex import segment as sx

    parts = [q.strip() for p in sx(_sx_lang(lang), text) for q in _resplit(p)]
    return _repair([p for p in parts if p])


def segment(blocks: list[Block], lang: str) -> Document:
    segments: list[Segment] = []
    for p, block in enumerate(blocks):
        text = block.text
        if p == 0:
            m = _DATELINE.match(text)
            if m:
                segments.append(Segment(m.group(1).strip(), p, "dateline"))
                text = text[m.end():]
        if not text.strip():
            continue
        if block.kind == "heading":
            segments.append(Segment(text.strip(), p, "heading"))
            continue
        for sentence in split_sentences(text, lang):
            caption = block.kind == "caption" or _CAPTION_SEG.match(sentence)
            segments.append(Segment(sentence, p, "caption" if caption else "sentence"))
    return Document(tuple(segments), lang)


def _resplit(part: str) -> list[str]:
    """sentencex reads "May." and "June." as abbreviations; a full month name never is one."""
    out, start = [], 0
    for m in _FULL_MONTH_END.finditer(part):
        out.append(part[start:m.start(1)])
        start = m.end(1)
    return out + [part[start:]]


def _repair(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and _joins(out[-1], part):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _joins(prev: str, nxt: str) -> bool:
    if _DAY_END.search(prev) and (_STARTS_MONTH.match(nxt) or _STARTS_LOWER.match(nxt)):
        return True
    if _ABBREV_END.search(prev) and (_STARTS_DIGIT.match(nxt) or _STARTS_LOWER.match(nxt)):
        return True
    # A sentence never starts in lower case; a quote mark or dash followed by lower case does not either.
    return bool(_STARTS_LOWER.match(nxt)) and not prev.endswith(("?", "!"))


def _sx_lang(lang: str) -> str:
    return {"nb": "no", "nn": "no"}.get(lang, lang or "en")
