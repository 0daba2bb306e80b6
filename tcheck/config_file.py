"""The newsroom's settings file: the options a desk sets once, instead of on every command.

tcheck reads the first of: `--config FILE` (or TCHECK_CONFIG); `tcheck.toml` in the working folder
or a folder above it; the `[tool.tcheck]` table of a `pyproject.toml` there. The search stops at a
repository's root (a folder holding `.git`). Keys are the commands' long options, without dashes:

    sensitivity = "high"        # every command that has the option
    glossary = "terms.csv"      # a path is read from the settings file's folder
    [check]
    fail-on = "critical"
    [serve]
    workers = 4

Every option also has an environment variable, TCHECK_<COMMAND>_<OPTION> (TCHECK_CHECK_FAIL_ON,
TCHECK_SERVE_WORKERS). The command line wins over the environment, which wins over this file, which
wins over tcheck's own default. A key that no command has is an error.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from .errors import InputError

NAME = "tcheck.toml"


def find(cwd: Path) -> Path | None:
    """The nearest settings file at or above `cwd`, within its repository."""
    for folder in (cwd, *cwd.parents):
        if (folder / NAME).is_file():
            return folder / NAME
        if (folder / "pyproject.toml").is_file() and _pyproject_table(folder / "pyproject.toml") is not None:
            return folder / "pyproject.toml"
        if (folder / ".git").exists():
            return None
    return None


def load(path: Path) -> dict:
    """The file's settings table: the whole of a tcheck.toml, a pyproject.toml's [tool.tcheck]."""
    if path.name == "pyproject.toml":
        return _pyproject_table(path) or {}
    return _read(path)


def defaults(commands: dict, path: Path | None, environ: dict[str, str]) -> dict[str, dict]:
    """Click's default_map for the commands: {command: {parameter name: value}}, from the settings
    file at `path` (if any) and, over it, the environment's TCHECK_<COMMAND>_<OPTION> variables.
    Groups (`models`, `ignore`) have nothing a desk sets once."""
    options = {name: _options(cmd) for name, cmd in commands.items() if not hasattr(cmd, "commands")}
    out = from_file(load(path), options, path) if path is not None else {name: {} for name in options}
    for name, opts in options.items():
        for option, param in opts.items():
            variable = f"TCHECK_{name}_{option}".upper().replace("-", "_")
            value = environ.get(variable)
            if value is not None:
                out[name][param.name] = _valid(param, value, variable)
    return {name: values for name, values in out.items() if values}


def from_file(table: dict, options: dict[str, dict], path: Path) -> dict[str, dict]:
    out: dict[str, dict] = {name: {} for name in options}
    for key, value in table.items():
        if isinstance(value, dict):
            if key not in options:
                raise InputError(f"{path}: [{key}] is no command's table (use {', '.join(sorted(options))})")
            for option, v in value.items():
                param = options[key].get(_key(option))
                if param is None:
                    raise InputError(f"{path}: [{key}] {option}: tcheck {key} has no --{_key(option)} option")
                out[key][param.name] = _value(param, v, path, f"[{key}] {option}")
            continue
        found = {name: opts[_key(key)] for name, opts in options.items() if _key(key) in opts}
        if not found and key in options:
            raise InputError(f"{path}: {key}: tcheck {key}'s settings go in a [{key}] table")
        if not found:
            raise InputError(f"{path}: {key}: no command has a --{_key(key)} option")
        for name, param in found.items():
            out[name].setdefault(param.name, _value(param, value, path, key))
    return out


def _options(cmd) -> dict:
    return {opt[2:]: p for p in cmd.params if p.param_type_name == "option" for opt in p.opts if opt.startswith("--")}


def _key(option: str) -> str:
    return option.strip().lstrip("-").replace("_", "-")


def _value(param, value, path: Path, where: str):
    """The value as the command line would give it: a string, number or true/false (a list of them for
    an option that takes several); a path as a string, a relative one meaning the settings file's
    folder, wherever tcheck runs."""
    listed = isinstance(value, list) and (param.multiple or param.nargs != 1)  # audit's --pair takes two
    values = value if listed else [value]
    for v in values:
        if not isinstance(v, (str, int, float, bool)):
            kind = "a list" if isinstance(v, list) else type(v).__name__
            raise InputError(f"{path}: {where}: give one value (a string, number or true/false), not {kind}")
        if _is_path(param) and not isinstance(v, str):
            raise InputError(f"{path}: {where}: give a path as a string, in quotes, not {v!r}")
        wanted = _TOML_KINDS.get(param.type.name)
        if wanted and not isinstance(v, str) and (not isinstance(v, wanted[0]) or isinstance(v, wanted[1])):
            raise InputError(f"{path}: {where}: give {wanted[2]}, not {v!r}")
    if _is_path(param):
        values = [v if Path(v).is_absolute() else str(path.parent / v) for v in values]
    for v in values if param.multiple or param.nargs == 1 else [values]:  # --pair's type reads both at once
        _valid(param, v, f"{path}: {where}")
    return values if listed else values[0]


def _valid(param, value, where: str):
    """The value as given, where the option takes it; else InputError naming where it was set, not the
    option that the user never typed."""
    import typer  # its own click, whose BadParameter the options' types raise

    try:
        param.type.convert(value, param, None)
    except typer.BadParameter as e:
        raise InputError(f"{where}: {e.message}") from None
    return value


# What TOML may give an option of each type (beside a string, which the option reads as the command
# line would): (types it takes, types it does not, in words). `quiet = 1` passed on as 1 crashed the
# CLI, and `beam = 2.7` was read as 2 without a word.
_TOML_KINDS = {"boolean": (bool, (), "true or false"), "int": (int, bool, "a whole number"),
               "int range": (int, bool, "a whole number"), "float": ((int, float), bool, "a number"),
               "float range": ((int, float), bool, "a number")}


def _is_path(param) -> bool:
    descriptor = getattr(param, "type_descriptor", None)  # Typer's own parameters
    return descriptor.annotation is Path if descriptor is not None else getattr(param.type, "name", "") == "path"


def _pyproject_table(path: Path) -> dict | None:
    table = _read(path).get("tool", {}).get("tcheck")
    return table if isinstance(table, dict) else None


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the settings ({e})") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path}: not valid TOML ({e})") from None
