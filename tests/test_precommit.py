"""`tcheck precommit`, run as pre-commit runs it: from a repository's root, with the staged files."""
import shutil

import yaml
from conftest import FIXTURES, ROOT, run_cli

EN = FIXTURES / "en-rewrite"
PAIR = ("--pair", "stories/{id}.en.txt", "stories/{id}.rw.txt")


def _repository(tmp_path):
    (tmp_path / "stories").mkdir()
    shutil.copy(EN / "original.en.txt", tmp_path / "stories" / "painting.en.txt")
    shutil.copy(EN / "rewrite.en.txt", tmp_path / "stories" / "painting.rw.txt")
    (tmp_path / "README.md").write_text("Our translations.\n", encoding="utf-8")
    return tmp_path


def test_a_staged_translation_with_critical_findings_fails_the_commit(tmp_path):
    repo = _repository(tmp_path)
    r = run_cli("precommit", *PAIR, "stories/painting.rw.txt", "README.md", cwd=repo)
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    assert (lines[0].startswith("stories/painting.rw.txt: ") and "that fail" in lines[0]
            and "--fail-on critical" in lines[0])
    assert lines[1:] and all(ln.startswith(("  ¶", "  translation ¶")) and " · critical · " in ln and "[f-" in ln
                             for ln in lines[1:])
    assert any("number: 11 → 14" in ln for ln in lines)  # the fixture's planted number change
    # The original staged alone names the same pair, checked once.
    again = run_cli("precommit", *PAIR, "stories/painting.en.txt", "stories/painting.rw.txt", cwd=repo)
    assert again.returncode == 1 and again.stdout == r.stdout
    assert "`tcheck check stories/painting.en.txt stories/painting.rw.txt` shows the evidence" in lines[0]


def test_the_command_that_shows_the_evidence_keeps_the_hooks_options(tmp_path):
    repo = _repository(tmp_path)
    r = run_cli("precommit", *PAIR, "--sensitivity", "high", "--source-lang", "EN", "stories/painting.rw.txt",
                cwd=repo)
    assert r.returncode == 1 and ("`tcheck check stories/painting.en.txt stories/painting.rw.txt --source-lang en "
                                  "--sensitivity high` shows the evidence") in r.stdout, r.stdout


def test_what_fails_is_the_hooks_choice(tmp_path):
    repo = _repository(tmp_path)
    r = run_cli("precommit", *PAIR, "--fail-on", "unreliable", "stories/painting.rw.txt", cwd=repo)
    assert r.returncode == 0 and "passes" in r.stdout


def test_files_of_no_pair_pass_and_a_translation_without_its_original_fails(tmp_path):
    repo = _repository(tmp_path)
    assert run_cli("precommit", *PAIR, "README.md", cwd=repo).returncode == 0
    (repo / "stories" / "painting.en.txt").unlink()
    r = run_cli("precommit", *PAIR, "stories/painting.rw.txt", cwd=repo)
    assert r.returncode == 1 and "no original (stories/painting.en.txt)" in r.stdout


def test_the_hook_definition_runs_the_command():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "tcheck" and hook["entry"] == "tcheck precommit" and hook["pass_filenames"]
    assert run_cli(*hook["entry"].split()[1:], "--help").returncode == 0


def test_a_file_named_from_a_subfolder_or_by_its_absolute_path_names_the_same_pair(tmp_path):
    repo = _repository(tmp_path)
    (repo / ".git").mkdir()  # the patterns are read from here
    at_root = run_cli("precommit", *PAIR, "stories/painting.rw.txt", cwd=repo).stdout.splitlines()
    absolute = run_cli("precommit", *PAIR, repo / "stories" / "painting.rw.txt", cwd=repo).stdout.splitlines()
    below = run_cli("precommit", *PAIR, "painting.rw.txt", cwd=repo / "stories").stdout.splitlines()
    assert at_root and absolute == at_root
    # The same findings, its paths as opened from where it ran.
    assert below[0].startswith("painting.rw.txt: ") and "`tcheck check painting.en.txt painting.rw.txt`" in below[0]
    assert below[1:] == at_root[1:]
