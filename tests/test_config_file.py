"""The settings file and the environment as defaults for the CLI's options (read against the real commands)."""
import re
from pathlib import Path

import pytest
import typer

from tcheck import config_file
from tcheck.cli import app
from tcheck.errors import InputError

COMMANDS = typer.main.get_command(app).commands


def _defaults(tmp_path: Path, text: str, environ: dict | None = None, name: str = "tcheck.toml") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return config_file.defaults(COMMANDS, path, environ or {})


def test_top_level_keys_reach_every_command_with_the_option_and_tables_one_command(tmp_path):
    found = _defaults(tmp_path, 'sensitivity = "high"\nglossary = "terms.csv"\n[check]\nfail-on = "critical"\n'
                                '[serve]\nworkers = 4\n')
    assert found["check"] == {"sensitivity": "high", "glossary_path": str(tmp_path / "terms.csv"),
                              "fail_on": "critical"}
    assert found["audit"]["sensitivity"] == "high" and found["audit"]["glossary_path"] == str(tmp_path / "terms.csv")
    assert found["serve"] == {"sensitivity": "high", "glossary_path": str(tmp_path / "terms.csv"), "workers": 4}
    assert "render" not in found  # render has neither option


def test_the_environment_wins_over_the_file(tmp_path):
    found = _defaults(tmp_path, '[check]\nfail-on = "critical"\n',
                      {"TCHECK_CHECK_FAIL_ON": "added", "TCHECK_SERVE_WORKERS": "8", "TCHECK_API_TOKEN": "x"})
    assert found["check"]["fail_on"] == "added" and found["serve"]["workers"] == "8"


def test_an_absolute_path_stays(tmp_path):
    assert _defaults(tmp_path, '[check]\nglossary = "/srv/terms.csv"\n')["check"]["glossary_path"] == "/srv/terms.csv"


@pytest.mark.parametrize("text, needle", [
    ("sensitivty = 'high'\n", "sensitivty: no command has a --sensitivty option"),
    ("[check]\nworkers = 2\n", "[check] workers: tcheck check has no --workers option"),
    ("[chekc]\nformat = 'json'\n", "[chekc] is no command's table"),
    ("[models]\nfile = 'x'\n", "[models] is no command's table"),
    ("format = json\n", "not valid TOML"),
    ("[check]\nglossary = ['a.csv', 'b.csv']\n", "[check] glossary: give one value"),
    ("[check]\nglossary = 5\n", "[check] glossary: give a path as a string, in quotes, not 5"),
    ("ignore = true\n", "ignore: give a path as a string, in quotes, not True"),
    ("[audit]\nworkers = [1]\n", "[audit] workers: give one value"),
    ("[check]\nfail-on = 1979-05-27\n", "[check] fail-on: give one value"),
    ("check = 5\n", "check: tcheck check's settings go in a [check] table"),
    ("[check]\nquiet = 1\n", "[check] quiet: give true or false, not 1"),  # once a crash, as 1 reached typer
    ("[check]\nbeam = 2.7\n", "[check] beam: give a whole number, not 2.7"),  # once read as 2
    ("[check]\nbeam = true\n", "[check] beam: give a whole number, not True"),
    ("[check]\nbeam = 1e400\n", "[check] beam: give a whole number, not inf"),
])
def test_a_mistake_is_named(tmp_path, text, needle):
    with pytest.raises(InputError, match=needle.replace("[", r"\[").replace("]", r"\]")):
        _defaults(tmp_path, text)


def test_an_option_that_takes_two_values_takes_a_list(tmp_path):
    found = _defaults(tmp_path, "[audit]\npair = ['{id}.en.txt', '{id}.nb.txt']\n")
    assert found["audit"]["pair"] == ["{id}.en.txt", "{id}.nb.txt"]


def test_found_in_a_folder_above_within_the_repository(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "stories" / "2024").mkdir(parents=True)
    assert config_file.find(repo / "stories" / "2024") is None
    (repo / "pyproject.toml").write_text("[tool.other]\nx = 1\n", encoding="utf-8")
    assert config_file.find(repo / "stories") is None  # a pyproject.toml without [tool.tcheck]
    (repo / "pyproject.toml").write_text("[tool.tcheck]\nsensitivity = 'low'\n", encoding="utf-8")
    assert config_file.find(repo / "stories" / "2024") == repo / "pyproject.toml"
    assert config_file.load(repo / "pyproject.toml") == {"sensitivity": "low"}
    (repo / "stories" / "tcheck.toml").write_text("", encoding="utf-8")
    assert config_file.find(repo / "stories" / "2024") == repo / "stories" / "tcheck.toml"
    (tmp_path / "tcheck.toml").write_text("", encoding="utf-8")  # above the repository: not read
    (repo / "pyproject.toml").unlink()
    (repo / "stories" / "tcheck.toml").unlink()
    assert config_file.find(repo / "stories") is None


@pytest.mark.parametrize("text, env, needle", [
    ("[check]\nformat = 'xml'\n", {}, "tcheck.toml: [check] format: 'xml' is not one of"),
    ("[check]\nbeam = 99\n", {}, "tcheck.toml: [check] beam: 99 is not in the range"),
    ("", {"TCHECK_CHECK_FORMAT": "xml"}, "TCHECK_CHECK_FORMAT: 'xml' is not one of"),
])
def test_a_value_the_option_refuses_names_where_it_was_set(tmp_path, text, env, needle):
    """Not "Invalid value for '--format'": the user typed no --format."""
    with pytest.raises(InputError, match=re.escape(needle)):
        _defaults(tmp_path, text, env)
