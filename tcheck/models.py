"""Argos Translate packages: list, install (index or file), remove, find. Touches disk and network."""
from __future__ import annotations

import json
import logging
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelInstallError, ModelMissing

log = logging.getLogger("tcheck")


@dataclass(frozen=True)
class InstalledModel:
    from_code: str
    to_code: str
    version: str
    path: Path


def _package():
    import argostranslate.package as package

    return package


def _installed_packages() -> list:
    """Argos's installed packages. Argos itself raises on any folder without metadata.json; skip those."""
    package = _package()
    from argostranslate import settings

    found = []
    for folder in settings.package_dirs:
        for p in sorted(folder.iterdir()) if folder.is_dir() else ():
            if not (p / "metadata.json").is_file():
                continue
            try:
                found.append(package.Package(p))
            except ValueError:
                log.warning("%s: unreadable metadata.json; skipped", p)
    return found


def installed() -> list[InstalledModel]:
    out = []
    for p in _installed_packages():
        if getattr(p, "type", "translate") == "translate" and p.from_code and p.to_code:
            out.append(InstalledModel(p.from_code, p.to_code, p.package_version or "", Path(p.package_path)))
    return sorted(out, key=lambda m: (m.from_code, m.to_code))


_FELL_BACK: set[tuple[str, str]] = set()


def find(lang: str, to: str = "en"):
    """The installed Argos package lang -> en; Nynorsk falls back to a Bokmål package."""
    candidates = [lang] + (["nb", "no"] if lang in ("nn", "no") else [])
    for code in candidates:
        for p in _installed_packages():
            if p.from_code == code and p.to_code == to:
                if code != lang and (lang, to) not in _FELL_BACK:  # once a process: a check asks twice
                    _FELL_BACK.add((lang, to))
                    log.warning("no %s->%s model; using %s->%s", lang, to, code, to)
                return p
    raise ModelMissing(f"no translation model for {lang}->{to} is installed: run `tcheck models install {lang}`")


def install(lang: str, to: str = "en") -> InstalledModel:
    package = _package()
    _reachable()
    try:
        package.update_package_index()
        available = package.get_available_packages()
    except Exception as e:
        raise ModelInstallError(
            f"cannot reach the Argos package index ({type(e).__name__}); "
            f"on an air-gapped machine use `tcheck models install --file PKG.argosmodel`"
        ) from None
    match = [p for p in available if p.from_code == lang and p.to_code == to]
    if not match:
        raise ModelInstallError(f"the Argos index has no {lang}->{to} package")
    try:
        path = match[0].download()
    except Exception as e:
        raise ModelInstallError(f"download of the {lang}->{to} package failed ({type(e).__name__})") from None
    return install_file(Path(path))


def _reachable(timeout: float = 10.0) -> None:
    """Ask for the index once, briefly, before Argos does: offline, Argos's own update recursed for
    most of a minute and logged a thousand lines before it failed."""
    import urllib.request

    from argostranslate import settings

    try:
        with urllib.request.urlopen(settings.remote_package_index, timeout=timeout):
            pass
    except Exception as e:
        reason = getattr(e, "reason", None) or e
        raise ModelInstallError(
            f"cannot reach the Argos package index ({reason}); "
            f"on an air-gapped machine use `tcheck models install --file PKG.argosmodel`"
        ) from None


def install_file(path: Path) -> InstalledModel:
    """Install an .argosmodel after checking that it is one: one top folder with metadata and a model."""
    path = Path(path)
    if not path.is_file():
        raise ModelInstallError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise ModelInstallError(f"{path}: not an Argos package (not a zip archive)")
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        tops = {n.split("/")[0] for n in names}
        if len(tops) != 1:
            raise ModelInstallError(f"{path}: not an Argos package (expected one top folder, found {len(tops)})")
        top = tops.pop()
        if f"{top}/metadata.json" not in names or not any(n.startswith(f"{top}/model/") for n in names):
            raise ModelInstallError(f"{path}: not an Argos package (no metadata.json or model/ folder)")
        if f"{top}/sentencepiece.model" not in names and f"{top}/bpe.model" not in names:
            raise ModelInstallError(f"{path}: not an Argos package (no sentencepiece.model or bpe.model tokenizer)")
        try:
            meta = json.loads(z.read(f"{top}/metadata.json"))
        except ValueError:
            raise ModelInstallError(f"{path}: metadata.json is not valid JSON") from None
    if meta.get("type", "translate") != "translate" or not meta.get("from_code") or not meta.get("to_code"):
        raise ModelInstallError(f"{path}: metadata.json lacks from_code/to_code or is not a translate package")
    if meta["to_code"] != "en":  # tcheck reads a translation into English; another direction is never used
        raise ModelInstallError(f"{path}: translates {meta['from_code']}->{meta['to_code']}; tcheck needs a package "
                                f"into English ({meta['to_code']}->en, to read a {meta['to_code']} translation)")
    _unpack(path)
    for m in installed():
        if m.path.name == top:
            return m
    raise ModelInstallError(f"{path}: installed, but Argos does not list it")


def _unpack(path: Path) -> None:
    """What argostranslate's install_from_path does, less its last step: that imports
    argostranslate.translate (stanza, torch: about 5 s) only to clear a cache of installed languages
    that a tcheck process never fills (tcheck translates through CTranslate2 directly, backends/argos.py).
    uninstall likewise, in remove."""
    package = _package()
    from argostranslate import settings

    with package.package_lock, zipfile.ZipFile(path) as z:
        z.extractall(path=settings.package_data_dir)


def remove(lang: str, to: str = "en") -> InstalledModel:
    for p in _installed_packages():
        if p.from_code == lang and p.to_code == to:
            with _package().package_lock:
                shutil.rmtree(p.package_path)
            return InstalledModel(p.from_code, p.to_code, p.package_version or "", Path(p.package_path))
    raise ModelMissing(f"no {lang}->{to} model is installed (see `tcheck models list`)")
