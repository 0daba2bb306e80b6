"""End-to-end: the real `tcheck` command on the fixtures."""

import io
import json
import re
from pathlib import Path

import pytest

from conftest import FIXTURES, assert_gold, assert_one_line_error, check_json, check_json_here, run_cli, tcheck_exe
from reports import validate

from tcheck.render import words

NB = FIXTURES / "nb-council"
EN = FIXTURES / "en-rewrite"


@pytest.fixture(scope="module")
def nb_json():
    return check_json(NB / "original.en.txt", NB / "translation.nb.txt", "--mt-file", NB / "mt.en.txt")


def test_nb_fixture_gives_exactly_the_gold_findings(nb_json):
    assert_gold(nb_json["findings"], "nb-council")


def test_json_contract(nb_json):
    validate(nb_json)  # the documented JSON Schema, tcheck/schema/report.schema.json
    assert nb_json["schema_version"] == "1.6"
    assert nb_json["meta"]["verifier"].startswith("tcheck-verifier@")
    for f in nb_json["findings"]:
        assert f["type"] in ("added", "dropped", "altered")
        assert set(f) >= {"type", "original", "translation", "translation_en", "reason", "severity", "kind"}
        assert f["reason"]
    assert nb_json["meta"]["translation_lang"] == "nb"
    assert 0 < nb_json["scores"]["chrf"] <= 100 and 0 < nb_json["scores"]["coverage"] <= 1


def test_en_rewrite_gives_exactly_the_gold_findings():
    report = check_json(EN / "original.en.txt", EN / "rewrite.en.txt", "--fail-on", "added", expect=1)  # an added claim
    validate(report)
    assert_gold(report["findings"], "en-rewrite")


def test_terminal_report_shows_each_gold_finding(tmp_path):
    out = tmp_path / "report.txt"
    r = run_cli("check", NB / "original.en.txt", NB / "translation.nb.txt", "--mt-file", NB / "mt.en.txt", "-o", out)
    assert r.returncode == 0, r.stderr
    text = out.read_text()
    assert "8 findings: 1 added, 1 dropped, 6 altered" in text
    flat = " ".join(text.replace("│", " ").split())
    for reason in ("number: 340 → 430", "date: 27 March → 27 May", "name: Linn Aasheim → Marit Strand",
                   "hedge: allegedly → stated as fact", "negation: approved → did not approve",
                   "quote: “We are deeply disappointed",
                   "claim dropped", "claim added"):
        assert reason in flat


def test_bad_inputs_give_one_line_and_exit_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    nb_copy = tmp_path / "copy.nb.txt"
    nb_copy.write_text((NB / "translation.nb.txt").read_text(encoding="utf-8").rsplit("\n\n", 2)[0], encoding="utf-8")
    orig = NB / "original.en.txt"
    assert_one_line_error(run_cli("check", tmp_path / "missing.txt", orig), "no such file")
    assert_one_line_error(run_cli("check", orig, empty), "empty")
    assert_one_line_error(run_cli("check", orig, binary), "binary")
    assert_one_line_error(run_cli("check", orig, orig), "same file")
    assert_one_line_error(run_cli("check", NB / "translation.nb.txt", nb_copy), "must be English")
    assert_one_line_error(run_cli("check", orig, NB / "translation.nb.txt", "--mt-file", orig),
                          "is the original itself")
    short = tmp_path / "short.nb.txt"  # under 200 characters: the words decide, not the detector alone
    short.write_text("Kommunestyret i Havnvik vedtok tirsdag å selge tomta. Ordføreren var fornøyd.", encoding="utf-8")
    assert_one_line_error(run_cli("check", short, nb_copy), "must be English")
    assert_one_line_error(run_cli("check", orig, NB / "translation.nb.txt",
                                  env={"ARGOS_PACKAGES_DIR": str(tmp_path / "none")}),
                    "tcheck models install nb")
    assert_one_line_error(run_cli("check", orig, orig, "--fail-on", "bogus"), "bogus")


def test_latin1_translation_is_read(tmp_path):
    latin = tmp_path / "rewrite.latin1.txt"
    latin.write_bytes((EN / "rewrite.en.txt").read_text(encoding="utf-8").replace("’", "'").replace("–", "-")
                      .replace("“", '"').replace("”", '"').replace("—", "-").replace("‘", "'").replace("€", "EUR")
                      .encode("latin-1"))
    assert check_json(EN / "original.en.txt", latin)["counts"]["added"] == 1


def test_rules_alone_with_verifier_none():
    report = check_json(EN / "original.en.txt", EN / "rewrite.en.txt", "--verifier", "none")
    assert report["meta"]["verifier"] == "none"
    assert all(f["verifier"] is None for f in report["findings"])
    assert_gold(report["findings"], "en-rewrite")


@pytest.mark.xdist_group("torch")  # loads torch in this process: conftest.embedder
def test_a_named_cross_encoder_as_verifier(tmp_path):
    from tcheck.verify import CLASSES
    from verifier_tiny import build

    model = build(tmp_path / "tiny-verifier", list(CLASSES))
    report = check_json_here(EN / "original.en.txt", EN / "rewrite.en.txt", "--verifier", model)
    validate(report)
    assert report["meta"]["verifier"] == str(model)
    aligned = [f for f in report["findings"] if f["original"] and f["translation"]]
    assert aligned and all(0 <= f["verifier"] <= 1 for f in aligned)


def test_a_missing_verifier_or_embedder_is_one_line(tmp_path):
    # A path that names no folder is said at once, before torch loads to try it as a hub name.
    assert_one_line_error(run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--verifier",
                                  tmp_path / "none-here"),
                          "cannot load verifier", "no such folder")
    assert_one_line_error(run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--embedder",
                                  tmp_path / "none-here"),
                          "cannot load embedding model", "no such folder")


def test_a_default_check_runs_without_torch():
    """The packaged models run on onnxruntime: torch and its stack never load for an editor's check. Nor
    do the imports that a cold check used to pay for and needs no more: scipy's optimiser (lapx solves
    the alignment), wordfreq (a cached table holds its plain words) and the audit's machinery."""
    import subprocess
    import sys

    probe = ("import sys\nfrom tcheck import cli\nsys.argv = ['tcheck', 'check', *sys.argv[1:], '-f', 'json']\n"
             "try:\n    cli.main()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
             "print(sorted(m for m in ('torch', 'transformers', 'sentence_transformers', 'scipy.optimize', "
             "'wordfreq',\n"
             "                    'tcheck.audit.run') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", probe, str(EN / "original.en.txt"), str(EN / "rewrite.en.txt")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["render", "REPORT", "-f", "markdown"],
                                  ["ignore", "add", "REPORT", "ID", "--reason", "judged wrong", "--file", "IGNORE"]])
def test_commands_that_check_nothing_load_no_checking_code(args, nb_json, tmp_path):
    """Only `check`, `audit`, `serve` and `precommit` run the pipeline: the rest answer without numpy."""
    import subprocess
    import sys

    (tmp_path / "report.json").write_text(json.dumps(nb_json), encoding="utf-8")
    swap = {"REPORT": str(tmp_path / "report.json"), "ID": nb_json["findings"][0]["id"],
            "IGNORE": str(tmp_path / "ignore.toml")}
    probe = ("import sys\nfrom tcheck import cli\nsys.argv = ['tcheck', *sys.argv[1:]]\n"
             "try:\n    cli.main()\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
             "print(sorted(m for m in ('numpy', 'tcheck.pipeline', 'tcheck.checker') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", probe, *[swap.get(a, a) for a in args]], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.xdist_group("torch")  # loads torch in this process: conftest.embedder
def test_the_torch_backend_gives_the_same_findings():
    onnx = check_json(EN / "original.en.txt", EN / "rewrite.en.txt")
    torch = check_json_here(EN / "original.en.txt", EN / "rewrite.en.txt", env={"TCHECK_BACKEND": "torch"})
    # Scores agree to within what bfloat16 moves them: torch runs in it on a CPU with bfloat16 units.
    scores = ("verifier", "similarity")
    strip = lambda report: [{k: v for k, v in f.items() if k not in scores} for f in report["findings"]]  # noqa: E731
    assert strip(onnx) == strip(torch)
    for score in scores:
        assert [f[score] for f in onnx["findings"]] == pytest.approx([f[score] for f in torch["findings"]], abs=3e-3)
    assert (onnx["meta"]["embedder"] == torch["meta"]["embedder"]
            and onnx["meta"]["verifier"] == torch["meta"]["verifier"])


@pytest.mark.xdist_group("torch")  # loads torch in this process: conftest.embedder
def test_a_named_sentence_transformers_embedder(tmp_path):
    from embedder_tiny import build

    model = build(tmp_path / "tiny-embedder")
    report = check_json_here(EN / "original.en.txt", EN / "rewrite.en.txt", "--embedder", model, "--verifier", "none")
    validate(report)
    assert report["meta"]["embedder"] == str(model)


def test_models_prepare_names_both_exports_and_builds_the_tables(tmp_path):
    from tcheck.cache import cache_dir

    # A cache of its own, so that every table is prepare's own; the exports are shared, not made again.
    (cache_dir() / "onnx").mkdir(parents=True, exist_ok=True)
    (tmp_path / "onnx").symlink_to(cache_dir() / "onnx", target_is_directory=True)
    r = run_cli("models", "prepare", env={"TCHECK_CACHE": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert [line.split(":")[0] for line in r.stdout.splitlines()] == ["all-MiniLM-L6-v2", "tcheck-verifier", "tables"]
    tables = Path(r.stdout.splitlines()[-1].split(": ", 1)[1])
    assert tables == tmp_path / "tables"
    built = {p.name.split("-")[0] for p in tables.glob("*.pickle")}
    assert built == {"zipf", "antonyms", "irregular", "again", "adjectives", "directions", "synonyms", "kinds",
                     "words", "saying", "heads", "aliases", "monies", "known_as", "known_as_numbered", "verifier"}
    # A check after it builds none of its own.
    before = sorted(tables.glob("*.pickle"))
    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--no-cache",
                env={"TCHECK_CACHE": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert sorted(tables.glob("*.pickle")) == before


def test_an_editors_loop_check_ignore_rerun(tmp_path):
    """Check, read the id of a false alarm, ignore it with a reason, rerun: it is gone and counted."""
    first = tmp_path / "report.json"
    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "-f", "json", "-o", first)
    assert r.returncode == 0, r.stderr
    findings = json.loads(first.read_text())["findings"]
    target = findings[0]["id"]
    ignore = tmp_path / "ignore.toml"
    r = run_cli("ignore", "add", first, target, "--reason", "a house style we accept", "--by", "kari", "--file", ignore)
    assert r.returncode == 0 and f"({findings[0]['type']}, {findings[0]['reason']})" in r.stdout, r.stdout
    kept = ignore.read_text()
    r = run_cli("ignore", "add", first, target, "--reason", "said twice", "--file", ignore)
    assert r.returncode == 0 and "already (a house style we accept); nothing added" in r.stdout, r.stdout
    assert ignore.read_text() == kept
    again = check_json(EN / "original.en.txt", EN / "rewrite.en.txt", "--ignore", ignore)
    assert [f["id"] for f in again["findings"]] == [f["id"] for f in findings[1:]]
    assert again["ignored"] == 1
    markdown = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "-f", "markdown", "--ignore", ignore)
    assert "1 finding silenced by an ignore rule." in markdown.stdout
    assert_one_line_error(run_cli("ignore", "add", first, "f-000000000000", "--reason", "x", "--file", ignore),
                          "no finding")
    assert_one_line_error(run_cli("ignore", "add", tmp_path / "none.json", target, "--reason", "x", "--file", ignore),
                          "none.json: no such file")


def test_version_and_python_dash_m():
    import subprocess
    import sys

    from tcheck import __version__

    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"tcheck {__version__}"
    m = subprocess.run([sys.executable, "-m", "tcheck", "--version"], capture_output=True, text=True, timeout=60)
    assert m.returncode == 0 and m.stdout == r.stdout


@pytest.mark.parametrize("columns", [80, 120])
def test_the_terminal_report_fits_the_terminal_in_tmux(columns, tmp_path):
    """In a real terminal (tmux, detached, of that width): every line fits, the boxes close, and the
    changed fact is marked apart from the paraphrase (struck bold red, against struck alone)."""
    import shlex
    import subprocess

    socket = str(tmp_path / "tmux.sock")
    tmux = ["tmux", "-S", socket, "-f", "/dev/null"]
    command = " ".join(shlex.quote(str(a)) for a in ("env", "-u", "COLUMNS", "-u", "LINES",  # the pane's own size
                                                      tcheck_exe(), "check", NB / "original.en.txt",
                                                      NB / "translation.nb.txt", "--mt-file", NB / "mt.en.txt"))
    subprocess.run([*tmux, "new-session", "-d", "-s", "t", "-x", str(columns), "-y", "300",
                    f"{command}; tmux -S {socket} wait-for -S done; sleep 60"], check=True, timeout=30)
    try:
        subprocess.run([*tmux, "wait-for", "done"], check=True, timeout=300)
        styled = subprocess.run([*tmux, "capture-pane", "-p", "-e", "-t", "t", "-S", "-", "-E", "-"],
                                capture_output=True, text=True, check=True).stdout
        plain = subprocess.run([*tmux, "capture-pane", "-p", "-t", "t", "-S", "-", "-E", "-"],
                               capture_output=True, text=True, check=True).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], timeout=30)
    lines = [ln for ln in plain.splitlines() if ln.strip()]
    assert lines[0] == "8 findings: 1 added, 1 dropped, 6 altered"
    assert max(len(ln) for ln in lines) <= columns and any(len(ln) > columns - 5 for ln in lines)
    assert all(ln.endswith("╮") for ln in lines if ln.startswith("╭"))
    assert "number: 340 → 430" in plain and "chrF" not in plain  # scores only with --verbose
    assert {"1", "9", "31"} <= _styles_before("340", styled)  # bold, struck, red
    assert "9" in _styles_before("said", styled) and "1" not in _styles_before("said", styled)


def _styles_before(word: str, styled: str) -> set[str]:
    """The SGR codes written just before the word's first appearance after an escape."""
    m = re.search(r"((?:\x1b\[[\d;]*m)+)" + re.escape(word), styled)
    return set(";".join(re.findall(r"\x1b\[([\d;]*)m", m.group(1))).split(";")) if m else set()


def test_standard_input_as_one_side():
    import subprocess

    piped = subprocess.run([tcheck_exe(), "check", EN / "original.en.txt", "-", "-f", "json", "--verifier", "none"],
                           input=(EN / "rewrite.en.txt").read_bytes(), capture_output=True, timeout=300)
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["findings"] == check_json(EN / "original.en.txt", EN / "rewrite.en.txt",
                                                             "--verifier", "none")["findings"]
    assert_one_line_error(run_cli("check", "-", "-"), "only one of")


def test_a_status_line_on_a_terminal_while_the_check_runs_and_never_in_a_pipe():
    import os
    import pty
    import subprocess

    leader, follower = pty.openpty()
    r = subprocess.run([tcheck_exe(), "check", EN / "original.en.txt", EN / "rewrite.en.txt", "-f", "json",
                        "--verifier", "none"], stdout=subprocess.PIPE, stderr=follower, timeout=300)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed and read to its end
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert r.returncode == 0 and json.loads(r.stdout)["findings"]
    assert b"tcheck: checking" in shown and shown.endswith(b"\r\x1b[K")
    piped = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--verifier", "none")
    assert piped.stderr == ""


def test_severity_ranks_and_filters():
    """--fail-on takes a severity (that level or above) beside the types; --min-severity leaves the
    lower levels out of the report but not out of --fail-on."""
    args = (NB / "original.en.txt", NB / "translation.nb.txt", "--mt-file", NB / "mt.en.txt")
    every = check_json(*args)["findings"]
    levels = {f["severity"] for f in every}
    assert "critical" in levels and len(levels) > 1, levels  # the levels rank: not every finding is critical
    critical = check_json(*args, "--min-severity", "critical", "--fail-on", "minor", expect=1)["findings"]
    assert critical and [f["id"] for f in critical] == [f["id"] for f in every if f["severity"] == "critical"]
    check_json(*args, "--fail-on", "critical", expect=1)
    # What fails but is left out is said on stderr, so that an exit 1 beside a short report is explained.
    r = run_cli("check", *args, "--min-severity", "critical", "--fail-on", "minor", "-f", "json")
    below = sum(f["severity"] != "critical" for f in every)
    said = f"{below} findings below --min-severity critical fail" if below > 1 else \
        "1 finding below --min-severity critical fails"
    assert r.returncode == 1 and r.stderr == f"tcheck: {said} --fail-on minor, left out of the report\n", r.stderr
    # and the report itself says what it left out, in every format: no report reads as complete
    report = json.loads(r.stdout)
    assert (report["below_min_severity"], report["meta"]["min_severity"]) == (below, "critical")
    assert f"{words.counted(below, 'finding')} less severe than critical not shown" in run_cli(
        "check", *args, "--min-severity", "critical", "-f", "markdown").stdout


def test_a_glossary_declares_two_names_the_same(tmp_path):
    """--glossary: the fixture's "Rachel Osei → Sarah Blake" is one person by the newsroom's word,
    and nothing else changes; a broken glossary is one line before any model loads."""
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("# English,other\nRachel Osei,Sarah Blake\n", encoding="utf-8")
    args = (EN / "original.en.txt", EN / "rewrite.en.txt")
    every = check_json(*args)["findings"]
    report = check_json(*args, "--glossary", glossary)
    assert [f["kind"] for f in every if f["kind"] != "name"] == [f["kind"] for f in report["findings"]]
    assert len(report["findings"]) < len(every) and report["meta"]["glossary"]
    glossary.write_text("Rachel Osei\n", encoding="utf-8")
    assert_one_line_error(run_cli("check", *args, "--glossary", glossary), "line 1: give two terms")


def test_render_turns_a_json_report_into_another_format(nb_json, tmp_path):
    """A bot holding the JSON gets the very Markdown a check would have printed; a file that is no
    report is one line."""
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps(nb_json), encoding="utf-8")
    checked = run_cli("check", NB / "original.en.txt", NB / "translation.nb.txt", "--mt-file", NB / "mt.en.txt",
                      "-f", "markdown")
    rendered = run_cli("render", saved, "-f", "markdown")
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout == checked.stdout
    slack = run_cli("render", saved, "-f", "slack", "--max-findings", "2")
    assert slack.stdout.startswith("*tcheck: 8 findings") and "_…and 6 more not listed here._" in slack.stdout
    folded = run_cli("render", saved, "-f", "markdown", "--fold")
    assert folded.stdout.count("<details><summary>") == 8 and folded.stdout.count("</details>") == 8
    saved.write_text('{"schema_version": "1.3"}', encoding="utf-8")
    assert_one_line_error(run_cli("render", saved), "not a tcheck JSON report")
    saved.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert_one_line_error(run_cli("render", saved), "not a tcheck JSON report (RecursionError")


@pytest.mark.parametrize("field, value, needle", [
    ("type", "exploded", "type 'exploded'"), ("severity", None, "severity None"),
    ("original_index", [99999], "original_index points past"), ("original", 5, "original is no text"),
    ("kind", "<script>alert(1)</script>", "kind '<script>"),  # it reached Markdown and Slack as it stood
])
def test_render_refuses_a_report_that_no_renderer_can_read(nb_json, tmp_path, field, value, needle):
    """A hand-edited report was a renderer's KeyError, IndexError or TypeError: an internal error."""
    from tcheck.errors import TcheckError
    from tcheck.render.json import from_dict

    edited = json.loads(json.dumps(nb_json))
    edited["findings"][0][field] = value
    with pytest.raises((ValueError, TcheckError), match=re.escape(needle)):
        from_dict(edited)


def test_quiet_prints_nothing_but_keeps_the_exit_code_and_the_file(tmp_path):
    out = tmp_path / "report.json"
    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "-q", "--fail-on", "added", "-f", "json",
                "-o", out)
    assert r.returncode == 1 and r.stdout == "" and r.stderr == ""
    assert json.loads(out.read_text(encoding="utf-8"))["counts"]["added"] == 1
    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "-q")
    assert r.returncode == 0 and r.stdout == ""


def test_a_saved_news_page_as_the_original(tmp_path):
    """The en-rewrite original saved as a whole web page: its frame adds no dropped claims, so the
    check finds what it finds in the plain text, and only that."""
    from news_page import saved_page

    saved = tmp_path / "story.html"
    saved.write_text(saved_page((EN / "original.en.txt").read_text(encoding="utf-8")), encoding="utf-8")
    report = check_json(saved, EN / "rewrite.en.txt")
    assert_gold(report["findings"], "en-rewrite")


def test_shell_completion():
    # The script that `tcheck --show-completion` prints for bash. Asked for by name: --show-completion
    # detects the shell among the process's parents, and a test run may have none.
    script = run_cli(env={"_TCHECK_COMPLETE": "source_bash"})
    assert script.returncode == 0 and "_tcheck_completion" in script.stdout
    # What bash asks the script for: the words so far, and which one is being completed.
    r = run_cli(env={"_TCHECK_COMPLETE": "complete_bash", "COMP_WORDS": "tcheck check --sens", "COMP_CWORD": "2"})
    assert r.returncode == 0 and r.stdout.split() == ["--sensitivity"]


def test_html_selector(tmp_path):
    from news_page import saved_page

    saved = tmp_path / "story.html"
    saved.write_text(saved_page((EN / "original.en.txt").read_text(encoding="utf-8")), encoding="utf-8")
    assert_gold(check_json(saved, EN / "rewrite.en.txt", "--html-selector", "main article")["findings"], "en-rewrite")
    for selector, needle in (("div.story-body", "matches nothing"), ("article..x", "not a CSS selector")):
        r = run_cli("check", saved, EN / "rewrite.en.txt", "--html-selector", selector)
        assert r.returncode == 2
        assert_one_line_error(r, needle)


def test_settings_file_and_environment_set_defaults(tmp_path):
    """A desk's tcheck.toml (found from the working folder) sets options once; the environment
    overrides it and the command line overrides both; a broken file is one line, exit 2."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "tcheck.toml").write_text('[check]\nformat = "json"\nfail-on = "added"\n', encoding="utf-8")
    args = ("check", EN / "original.en.txt", EN / "rewrite.en.txt")
    r = run_cli(*args, cwd=tmp_path)
    assert r.returncode == 1 and json.loads(r.stdout)["findings"]  # json, and the added claim fails it
    r = run_cli(*args, cwd=tmp_path, env={"TCHECK_CHECK_FAIL_ON": "unreliable"})
    assert r.returncode == 0
    r = run_cli(*args, "--format", "markdown", "--fail-on", "", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("**tcheck:")
    other = tmp_path / "other.toml"
    other.write_text('[check]\nformat = "markdown"\n', encoding="utf-8")
    assert run_cli("--config", other, *args, cwd=tmp_path).stdout.startswith("**tcheck:")
    (tmp_path / "tcheck.toml").write_text('[check]\nsensitivity = "extreme"\n', encoding="utf-8")
    r = run_cli(*args, cwd=tmp_path)
    assert r.returncode == 2 and "extreme" in r.stderr and "Traceback" not in r.stderr
    (tmp_path / "tcheck.toml").write_text('[check]\nfial-on = "added"\n', encoding="utf-8")
    assert_one_line_error(run_cli(*args, cwd=tmp_path), "tcheck check has no --fial-on option")


def test_a_name_changed_in_a_translation_written_in_cyrillic(tmp_path):
    """The foreign text's names are read in Latin letters: read as it stands, a Cyrillic source held no
    name, and the check passed every name its translator replaced."""
    report = _checked_with_mt(tmp_path, "Foreign Minister Sergei Lavrov met Antony Blinken in Geneva on Friday.\n\n"
                                        "The talks lasted two hours.\n",
                              ("ru", "Министр иностранных дел Сергей Шойгу встретился с Энтони Блинкеном в Женеве "
                                     "в пятницу.\n\nПереговоры длились два часа.\n"),
                              "Foreign Minister Sergei Shoigu met Antony Blinken in Geneva on Friday.\n\n"
                              "The talks lasted two hours.\n")
    assert [(f["kind"], f["before"], f["after"]) for f in report["findings"]] == [("name", "Lavrov", "Shoigu")]


@pytest.mark.parametrize("source, kinds", [
    ("Ninguna de ellas está en estado grave, dijo la policía.", []),
    ("Todas están en estado grave, dijo la policía.", ["negation"]),
])
def test_a_negation_the_mt_lost_is_not_blamed_on_a_translation_that_kept_it(tmp_path, source, kinds):
    """Apertium rendered "Ninguna de ellas" as "Any of them": the Spanish kept the original's
    negation, so neither the negation rule nor the verifier blames the translation; a Spanish
    that lost it is still caught."""
    report = _checked_with_mt(tmp_path, "Two people were injured in the fire on Monday. Neither is in serious "
                                        "condition, police said.\n",
                              ("es", f"Dos personas resultaron heridas en el incendio del lunes. {source}\n"),
                              "Two people were injured in the fire of Monday. Any of them is in grave state, "
                              "said the police.\n")
    assert [f["kind"] for f in report["findings"]] == kinds


def _checked_with_mt(tmp_path, original: str, translation: tuple[str, str], mt: str) -> dict:
    """`tcheck check` of an original, a translation in language `translation[0]` and its English MT,
    each written to a file here; the report, its translation's language asserted as detected."""
    lang, text = translation
    for name, content in (("original.en.txt", original), (f"translation.{lang}.txt", text), ("mt.en.txt", mt)):
        (tmp_path / name).write_text(content, encoding="utf-8")
    report = check_json(tmp_path / "original.en.txt", tmp_path / f"translation.{lang}.txt",
                        "--mt-file", tmp_path / "mt.en.txt")
    assert report["meta"]["translation_lang"] == lang
    return report


@pytest.mark.parametrize("command, shown", [([], "pyproject.toml's [tool.tcheck]"),
                                            (["check"], "all-MiniLM-L6-v2, packaged"),
                                            (["serve"], "a whole page is cut to its article by trafilatura"),
                                            (["audit"], "tcheck's, packaged")])
def test_help_shows_the_defaults_that_it_says_in_words(command, shown):
    """A default said in words stands in the help as written: as "[default: ...]" inside the help text,
    rich read it as a style tag and dropped it."""
    r = run_cli(*command, "--help", env={"COLUMNS": "200"})
    assert r.returncode == 0 and shown in r.stdout, r.stdout


class _Pipe(io.RawIOBase):
    """A pipe's writing end that takes at most `take` bytes a write, and breaks after `writes` writes."""

    def __init__(self, take: int, writes: int | None = None):
        self.got, self.take, self.writes = bytearray(), take, writes

    def writable(self):
        return True

    def write(self, b):
        if self.writes is not None:
            if self.writes == 0:
                raise BrokenPipeError
            self.writes -= 1
        self.got += bytes(b[:self.take])
        return min(self.take, len(b))


def test_a_report_reaches_an_unbuffered_stdout_whole_or_says_the_reader_left(monkeypatch):
    """Unbuffered (PYTHONUNBUFFERED), sys.stdout is a text layer straight over the file: it writes a
    report once and drops what a partial write left, so `| head -c 100` cost the rest and exit 0."""
    import sys

    from tcheck import cli

    text = "Rådet vedtok budsjettet. " * 10_000
    pipe = _Pipe(take=65536)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(pipe, encoding="utf-8", write_through=True))
    cli._write_out(text)
    assert pipe.got.decode("utf-8") == text
    pipe = _Pipe(take=65536, writes=1)  # the reader takes one pipeful, then leaves
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(pipe, encoding="utf-8", write_through=True))
    with pytest.raises(BrokenPipeError):
        cli._write_out(text)


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch, capsys):
    """typer hands Ctrl-C back as 130 outside standalone mode; a user still reads why the run stopped."""
    import sys

    from tcheck import cli

    monkeypatch.setattr(cli, "app", lambda **_: 130)
    monkeypatch.setattr(sys, "argv", ["tcheck", "check", "a", "b"])
    with pytest.raises(SystemExit) as e:
        cli.main()
    assert e.value.code == 130 and capsys.readouterr().err == "tcheck: interrupted\n"


def test_a_rewrite_cut_to_its_first_paragraphs_is_claims_dropped_not_a_broken_step(tmp_path):
    """Coverage collapses as a broken translation step's does, but what the cut text says, it says:
    the report lists the dropped claims, and --fail-on unreliable does not fire."""
    cut = tmp_path / "cut.en.txt"
    cut.write_text("\n".join((EN / "rewrite.en.txt").read_text(encoding="utf-8").splitlines()[:3]), encoding="utf-8")
    r = run_cli("check", EN / "original.en.txt", cut, "--format", "json", "--fail-on", "unreliable")
    report = json.loads(r.stdout)
    assert r.returncode == 0 and report["verdict"] == "findings" and report["unreliable"] is None, r.stderr
    assert report["scores"]["coverage"] < 0.4 and report["counts"]["dropped"] > 10


def test_an_internal_error_exits_3_and_debug_adds_only_the_traceback(monkeypatch, capsys):
    """TCHECK_DEBUG=1 shows where it failed and keeps the code: 1 would read as findings."""
    import sys

    from tcheck import cli

    def boom(*_, **__):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "_emit", boom)
    monkeypatch.setattr(sys, "argv", ["tcheck", "check", str(EN / "original.en.txt"), str(EN / "rewrite.en.txt"),
                                      "--verifier", "none"])
    for debug in ("", "1"):
        monkeypatch.setenv("TCHECK_DEBUG", debug)
        with pytest.raises(SystemExit) as e:
            cli.main()
        err = capsys.readouterr().err
        assert e.value.code == 3 and "tcheck: internal error: RuntimeError: boom" in err
        assert ("Traceback" in err) == bool(debug), err


def test_quiet_says_nothing_while_the_models_are_exported(monkeypatch):
    """A first run exports the packaged models and says so on stderr; -q asks for no status line."""
    from typer.testing import CliRunner

    from tcheck.backends import prepared
    from tcheck.cli import app

    asked = []
    real = prepared.ready
    monkeypatch.setattr(prepared, "ready", lambda model, announce=True: asked.append(announce) or real(model, False))
    r = CliRunner().invoke(app, ["check", str(EN / "original.en.txt"), str(EN / "rewrite.en.txt"), "-q"])
    # Exported first, silently; the models' loads then find the exports made.
    assert r.exit_code == 0 and r.output == "" and asked[:2] == [False, False], (r.output, asked)


def test_ignore_add_reads_the_report_from_standard_input(tmp_path):
    """`tcheck check ... -f json | tcheck ignore add - ID`, as `check` and `render` read `-`."""
    import subprocess

    report = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "-f", "json", "--verifier", "none").stdout
    finding = json.loads(report)["findings"][0]["id"]
    r = subprocess.run([tcheck_exe(), "ignore", "add", "-", finding, "--reason", "house style", "--file",
                        str(tmp_path / "ignore.toml")], input=report, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and f"ignoring {finding}" in r.stdout, r.stderr
    assert finding in (tmp_path / "ignore.toml").read_text(encoding="utf-8")


def test_output_dash_is_stdout_and_a_failed_write_keeps_the_earlier_report(tmp_path, monkeypatch):
    from tcheck import textio
    from tcheck.errors import InputError

    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "-f", "json", "-o", "-", "--verifier", "none",
                cwd=tmp_path)
    assert json.loads(r.stdout)["findings"] and not (tmp_path / "-").exists()
    assert_one_line_error(run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "-o", "/dev/full",
                                  "--verifier", "none"), "/dev/full: cannot write (No space left on device)")
    earlier = tmp_path / "report.json"
    earlier.write_text('{"old": 1}', encoding="utf-8")

    def full_disk(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tcheck.textio.os.replace", full_disk)
    with pytest.raises(InputError, match="the file is as it was"):
        textio.write(earlier, "<html>" * 10_000)
    assert earlier.read_text(encoding="utf-8") == '{"old": 1}'
    assert [p.name for p in tmp_path.iterdir()] == [earlier.name]


@pytest.mark.parametrize("args, env, said", [
    (("serve", "--header-timeout", "nan"), {}, "'--header-timeout': nan is no number of seconds"),
    (("serve", "--check-timeout", "inf"), {}, "'--check-timeout': inf is no number of seconds"),
    (("serve",), {"TCHECK_MAX_SENTENCES": "abc"}, "TCHECK_MAX_SENTENCES='abc'"),
    (("audit", "ARCHIVE", "--pair", "{id}.en.txt", "{id}.nb.txt", "--worker-memory", "1e30"), {},
     "'--worker-memory': 1e+30 is no memory a process can be given"),
    (("audit", "ARCHIVE", "--pair", "{id}.en.txt", "{id}.nb.txt", "--pair-timeout", "nan"), {},
     "'--pair-timeout': nan is no number of seconds"),
    (("audit", "ARCHIVE", "--pair", "{id}.en.txt", "{id}.nb.txt"), {"TCHECK_MAX_SENTENCE_CHARS": "0"},
     "TCHECK_MAX_SENTENCE_CHARS='0'"),
])
def test_a_limit_that_cannot_be_kept_is_one_line_before_any_work(tmp_path, args, env, said):
    """nan passes every comparison (a header timeout of nan answered 408 at once), 1e30 GiB overflowed
    setrlimit in every worker, and a bad limit variable made each pair of an audit an error row kept
    until its files change (each request of a server a 422): refused at the start instead."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.en.txt").write_text("The council met on Monday.", encoding="utf-8")
    (archive / "a.nb.txt").write_text("Kommunestyret møttes mandag.", encoding="utf-8")
    r = run_cli(*[str(archive) if a == "ARCHIVE" else a for a in args], "--out", tmp_path / "out",
                env=env, timeout=60) if args[0] == "audit" else run_cli(*args, "--port", "1", env=env, timeout=60)
    assert_one_line_error(r, said)
    assert not (tmp_path / "out").exists()


def test_render_and_ignore_add_read_a_report_larger_than_any_input(tmp_path):
    """A report holds its texts again and more: 568 KB of sentences gave an 8.3 MB report, which
    render and ignore add refused at the inputs' 5,000,000 bytes."""
    from reports import hostile_report

    from tcheck.render.json import to_dict

    data = to_dict(hostile_report())
    data["timings"] = {f"stage{k}": 0.0 for k in range(300_000)}  # ~6 MB of what a renderer does not read
    big = tmp_path / "big.json"
    big.write_text(json.dumps(data), encoding="utf-8")
    assert big.stat().st_size > 5_000_000
    r = run_cli("render", big, "-f", "markdown")
    assert r.returncode == 0 and r.stdout.startswith("**tcheck: 3 findings"), r.stderr
    r = run_cli("ignore", "add", big, data["findings"][0]["id"], "--reason", "r", "--by", "b",
                "--file", tmp_path / "ignore.toml")
    assert r.returncode == 0, r.stderr
