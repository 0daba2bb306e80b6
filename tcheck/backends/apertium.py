"""Apertium (rule-based, Debian packages) as a second translation engine, run as a subprocess.

The whole batch goes through one `apertium` call: sentences are joined with blank lines, which
Apertium's text format passes through as paragraph breaks. If the count of outputs does not come
back equal to the count of inputs, the batch is redone one sentence per call.

Apertium marks a word it could not translate and copied from the source with `*` ("*Ferrán").
The marks are kept in the output (`@`, its other pass-through mark, becomes `*` too; `#`, a
generation slip in front of an English word, is dropped): the editor sees which words the engine
did not know, and the comparison reads past them (`tcheck/unknown.py`).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelMissing

DEFAULT_DATADIR = "/usr/share/apertium"


@dataclass(frozen=True)
class Pair:
    """A language -> English direction: the mode names it may go by, and the Debian package with it."""

    modes: tuple[str, ...]
    package: str


# ISO 639-1 (and 639-3) codes -> the Apertium directions into English that Debian packages.
PAIRS: dict[str, Pair] = {
    "es": Pair(("spa-eng", "es-en"), "apertium-eng-spa"),
    "ca": Pair(("cat-eng", "ca-en"), "apertium-eng-cat"),
    "gl": Pair(("glg-eng", "gl-en"), "apertium-en-gl"),
    "eu": Pair(("eus-eng", "eu-en"), "apertium-eu-en"),
    "is": Pair(("isl-eng", "is-en"), "apertium-isl-eng"),
    "eo": Pair(("epo-eng", "eo-en"), "apertium-eo-en"),
    "mk": Pair(("mkd-eng", "mk-en"), "apertium-mkd-eng"),
    "hr": Pair(("hbs-eng",), "apertium-hbs-eng"),
    "sr": Pair(("hbs-eng",), "apertium-hbs-eng"),
    "bs": Pair(("hbs-eng",), "apertium-hbs-eng"),
    "sh": Pair(("hbs-eng",), "apertium-hbs-eng"),
}
_ISO3 = {"spa": "es", "cat": "ca", "glg": "gl", "eus": "eu", "isl": "is", "epo": "eo", "mkd": "mk", "hbs": "sh"}
_SEP = "\n\n"
_BLANK = re.compile(r"\n\s*\n")
_MARK = re.compile(r"(?<![\w*@#])[*@](?=\w)")  # Apertium's pass-through marks: *unknown, @no-entry
_SLIP = re.compile(r"(?<![\w#])#(?=[\w$€£])")  # generation slip: "#$5"


def datadir() -> Path:
    return Path(os.environ.get("APERTIUM_DATADIR") or DEFAULT_DATADIR)


def installed_modes() -> list[str]:
    """Installed Apertium directions, e.g. ["eng-spa", "spa-eng"], from the modes folder."""
    modes = datadir() / "modes"
    return sorted(p.stem for p in modes.glob("*.mode")) if modes.is_dir() else []


def installed() -> list[tuple[str, str]]:
    """(ISO code, mode) for each installed direction into English that tcheck can use."""
    have = set(installed_modes())
    out: dict[str, str] = {}  # mode -> the first code that names it (hbs-eng serves hr, sr, bs)
    for code, pair in PAIRS.items():
        mode = next((m for m in pair.modes if m in have), None)
        if mode:
            out.setdefault(mode, code)
    return [(code, mode) for mode, code in out.items()]


def find(lang: str) -> str:
    """The installed mode that translates `lang` into English, or ModelMissing with the install line."""
    code = _ISO3.get(lang, lang)
    pair = PAIRS.get(code)
    if pair is None:
        known = ", ".join(sorted(PAIRS))
        raise ModelMissing(f"Apertium has no {lang}->en pair that tcheck knows (it knows {known}); "
                           "use --mt-engine argos")
    if shutil.which("apertium") is None:
        raise ModelMissing(f"Apertium is not installed: run `apt-get install {pair.package}`")
    have = set(installed_modes())
    mode = next((m for m in pair.modes if m in have), None)
    if mode is None:
        raise ModelMissing(f"the Apertium {code}->en pair is not installed: run `apt-get install {pair.package}`")
    return mode


def described(from_code: str) -> tuple[str, str]:
    """The translator's name, and what its output depends on (the mode file, which a reinstall of the
    pair rewrites): ModelMissing where the pair is not installed."""
    from ..cache import stat_key

    mode = find(from_code)
    return f"apertium:{mode}", f"apertium:{mode}/{stat_key([datadir() / 'modes' / f'{mode}.mode'])}"


class ApertiumTranslator:
    """`translate_batch` through the `apertium` command; one subprocess per batch."""

    def __init__(self, from_code: str, timeout: float = 300, mode: str | None = None):
        """`mode` names an installed direction outright (e.g. "eng-spa"), for tools; checks use `from_code`."""
        if mode is not None and mode not in installed_modes():
            raise ModelMissing(f"the Apertium mode {mode} is not installed (see `apertium -l`)")
        self.mode = mode or find(from_code)
        self.name = f"apertium:{self.mode}"
        self._timeout = timeout

    def translate_batch(self, sentences: list[str]) -> list[str]:
        todo = [i for i, s in enumerate(sentences) if s.strip()]
        out = [""] * len(sentences)
        if not todo:
            return out
        flat = [" ".join(sentences[i].split()) for i in todo]
        parts = [p for p in _BLANK.split(self._run(_SEP.join(flat) + "\n")) if p.strip()]
        if len(parts) != len(flat):  # a separator was lost or made: one call per sentence instead
            parts = [self._run(s + "\n") for s in flat]
        for i, src, text in zip(todo, flat, parts):
            out[i] = _clean(text, src)
        return out

    def _run(self, text: str) -> str:
        try:
            r = subprocess.run(
                ["apertium", "-f", "txt", self.mode], input=text, capture_output=True, text=True,
                timeout=self._timeout, env={**os.environ, "APERTIUM_DATADIR": str(datadir())},
            )
        except FileNotFoundError:
            package = next((p.package for p in PAIRS.values() if self.mode in p.modes), "apertium")
            raise ModelMissing(f"Apertium is not installed: run `apt-get install {package}`") from None
        if r.returncode != 0:
            last = (r.stderr.strip().splitlines() or ['no message'])[-1]
            raise ModelMissing(f"apertium {self.mode} failed: {last[:200]}")
        return r.stdout


def _clean(text: str, source: str) -> str:
    """One line, no stray spaces before punctuation, and one kind of pass-through mark (`*`)."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([.,;:!?»”)])", r"\1", text)
    if "@" not in source:
        text = _MARK.sub("*", text)
    if "#" not in source:
        text = _SLIP.sub("", text)
    return text
