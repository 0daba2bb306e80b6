"""Rule-based MT's marks on the words it could not translate. Pure.

Apertium passes such a source word through with a star before it ("*Ferrán said"). The comparison
reads past the star, the verifier reads the English without it, and the HTML report shows the word as
one the MT did not know. Only that MT's output carries the marks: a star in a writer's English
("*Hurricane Hunter*") or in a rendering given with --mt-file is text.
"""
from __future__ import annotations

import re

MARK = re.compile(r"(?<![\w*])\*(?=\w)")
MARKED_WORD = re.compile(MARK.pattern + r"(\w[\w'’-]*)")  # the word after a mark: group 1


def marked_by(translator: str) -> bool:
    """Whether the MT of this name (Report.meta's translator) marks the words it could not translate."""
    return translator.startswith("apertium:")


def unmark(text: str, marked: bool = True) -> str:
    """MT output without its marks: "*Ferrán said" -> "Ferrán said"; as it is where not `marked`."""
    return MARK.sub("", text) if marked else text
