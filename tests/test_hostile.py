"""Hostile and unlucky input, end to end: the real CLI and a real audit, each under a timeout.

Each case is a fault that once hung, crashed or leaked: devices and pipes read without end, a closed
stdout taken for findings, escape sequences passed to the editor's terminal, UTF-16 refused, a NUL
byte in one manifest path ending a whole audit, spreadsheet formulas in findings.csv, two audits on
one folder.
"""
import csv
import fcntl
import json
import os
import subprocess
from pathlib import Path

import pytest

from audit_support import audit, read_results
from conftest import FIXTURES, assert_one_line_error, check_json, run_cli, tcheck_exe

EN = FIXTURES / "en-rewrite"
NB = FIXTURES / "nb-council"


@pytest.mark.parametrize("side", ["original", "translation", "mt"])
def test_a_device_is_refused_at_once(side):
    files = {"original": EN / "original.en.txt", "translation": EN / "rewrite.en.txt", "mt": None}
    files[side] = "/dev/zero"
    args = [files["original"], files["translation"]] + (["--mt-file", files["mt"]] if files["mt"] else [])
    assert_one_line_error(run_cli("check", *args, timeout=60), "/dev/zero", "not a regular file")


def test_a_fifo_never_hangs_the_check(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_one_line_error(run_cli("check", EN / "original.en.txt", fifo, timeout=60), "not a regular file")


def test_a_closed_stdout_is_a_quiet_exit_of_its_own():
    reader_gone = subprocess.Popen(["true"], stdin=subprocess.PIPE)
    reader_gone.wait()
    r = subprocess.run([tcheck_exe(), "check", EN / "original.en.txt", EN / "rewrite.en.txt", "-f", "json"],
                       stdout=reader_gone.stdin, stderr=subprocess.PIPE, text=True, timeout=300)
    reader_gone.stdin.close()
    assert r.returncode == 141 and r.stderr == "", (r.returncode, r.stderr)


@pytest.mark.parametrize("fmt", ["json", "terminal"])
def test_a_stdout_closed_from_the_start_is_the_same_quiet_exit(fmt):
    """`tcheck check ... >&-`: the process starts with no file 1, and Python with no sys.stdout."""
    r = subprocess.run([tcheck_exe(), "check", EN / "original.en.txt", EN / "rewrite.en.txt", "-f", fmt],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=300,
                       preexec_fn=lambda: os.close(1))
    assert r.returncode == 141 and r.stderr == "", (r.returncode, r.stderr)


def test_every_command_whose_reader_is_gone_exits_as_a_check_does():
    """Typer ends a command other than check whose stdout closed with 1, the code of findings."""
    reader_gone = subprocess.Popen(["true"], stdin=subprocess.PIPE)
    reader_gone.wait()
    r = subprocess.run([tcheck_exe(), "models", "list"], stdout=reader_gone.stdin, stderr=subprocess.PIPE, text=True,
                       timeout=120)
    reader_gone.stdin.close()
    assert r.returncode == 141 and r.stderr == "", (r.returncode, r.stderr)


def test_a_cache_that_cannot_hold_the_exports_is_one_line(tmp_path):
    """The exports are the one thing a check cannot run without, --no-cache or not."""
    afile = tmp_path / "afile"
    afile.write_text("", encoding="utf-8")
    args = ("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--no-cache")
    assert_one_line_error(run_cli(*args, env={"TCHECK_CACHE": str(afile)}, timeout=120),
                          "cannot keep the model exports", "set TCHECK_CACHE")


def test_escape_sequences_never_reach_the_terminal(tmp_path):
    body = "The budget grew by 3 percent this year, the finance office said in its report. " * 4 + "\n\n"
    original = tmp_path / "o.txt"
    original.write_text(body + "The council \x1b[2Jmet on Tuesday.\x1b[8m It approved 40 homes.\x1b[0m\n\n"
                        "The mayor \x1b]8;;http://evil.example/\x1b\\resigned\x1b]8;;\x1b\\ on Friday.\n",
                        encoding="utf-8")
    rewrite = tmp_path / "r.txt"
    rewrite.write_text(body + "The council met on Wednesday. It approved 40 homes.\n\nThe mayor resigned.\n",
                       encoding="utf-8")
    r = run_cli("check", original, rewrite, "--verifier", "none")
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout and "evil.example" not in r.stdout
    assert "met on Tuesday" in r.stdout


def test_a_utf16_file_from_word_reads_like_its_utf8(tmp_path):
    utf16 = tmp_path / "rewrite.txt"
    utf16.write_bytes((EN / "rewrite.en.txt").read_text(encoding="utf-8").encode("utf-16"))  # LE with a BOM
    plain = check_json(EN / "original.en.txt", EN / "rewrite.en.txt", "--verifier", "none")
    wide = check_json(EN / "original.en.txt", utf16, "--verifier", "none")
    assert wide["findings"] == plain["findings"]


# The tests that read hostile_audit run on one xdist worker, which audits it once.
HOSTILE = pytest.mark.xdist_group("hostile_audit")


@pytest.fixture(scope="module")
def hostile_audit(tmp_path_factory):
    """One audit over a good pair, a pair whose texts and id open with spreadsheet formulas, and a
    manifest row with a NUL byte in its path."""
    root = tmp_path_factory.mktemp("hostile")
    for name in ("original.en.txt", "translation.nb.txt", "mt.en.txt"):
        (root / name).write_text((NB / name).read_text(encoding="utf-8"), encoding="utf-8")
    (root / "f.en.txt").write_text("=HYPERLINK(\"http://evil.example\") The council met on Tuesday. "
                                   "It approved 40 homes.\n\n-The mayor said 12 schools would close.\n",
                                   encoding="utf-8")
    (root / "f.mt.txt").write_text("=HYPERLINK(\"http://evil.example\") The council met on Thursday. "
                                   "It approved 40 homes.\n\n-The mayor said 15 schools would close.\n",
                                   encoding="utf-8")
    rows = [{"id": "good", "original": "original.en.txt", "translation": "translation.nb.txt", "mt_file": "mt.en.txt"},
            {"id": "=cmd|' /C calc'!A0", "original": "f.en.txt", "translation": "f.mt.txt"},
            {"id": "nul", "original": "a\u0000b.txt", "translation": "translation.nb.txt"}]
    manifest = root / "m.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = root / "out"
    r = audit(manifest, "--out", out, "--no-progress", "--verifier", "none", timeout=600)
    return r, out


@HOSTILE
def test_a_nul_byte_in_one_path_is_that_pairs_error_row(hostile_audit):
    r, out = hostile_audit
    assert r.returncode == 0, r.stderr
    results = {x["id"]: x for x in read_results(out)}
    assert results["good"]["status"] == "ok"
    assert results["nul"]["status"] == "error" and "NUL byte" in results["nul"]["error"]


@HOSTILE
def test_findings_csv_cells_never_open_with_a_formula(hostile_audit):
    _, out = hostile_audit
    with open(out / "findings.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert any(row["pair_id"] == "'=cmd|' /C calc'!A0" for row in rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


@HOSTILE
def test_a_second_audit_on_one_folder_is_refused(hostile_audit, tmp_path):
    r, out = hostile_audit
    with open(out / ".lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running audit holds it
        second = audit(out.parent / "m.jsonl", "--out", out, "--no-progress", timeout=120)
    assert second.returncode == 2 and "another audit" in second.stderr, second.stderr
    assert len(second.stderr.strip().splitlines()) == 1


def test_a_rendering_that_does_not_fit_is_one_line(tmp_path):
    """A one-line --mt-file for a 40-sentence article once gave 80 critical findings at 0% coverage."""
    one_line = tmp_path / "mt.txt"
    one_line.write_text("The council met.\n", encoding="utf-8")
    r = run_cli("check", NB / "original.en.txt", NB / "translation.nb.txt", "--mt-file", one_line, timeout=120)
    assert_one_line_error(r, "does not fit", "sentences against")


def test_a_worker_killed_mid_audit_loses_nothing(tmp_path):
    """SIGKILL one pool worker as the OOM killer would: its chunk is checked again pair by pair."""
    import signal
    import time

    from audit_support import db_count, make_archive

    manifest = make_archive(tmp_path / "archive", 8, broken_every=1000)
    out = tmp_path / "out"
    proc = subprocess.Popen([tcheck_exe(), "audit", manifest, "--out", out, "--workers", "2", "--chunk-size", "2",
                             "--no-progress", "--verifier", "none"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 300
    while db_count(out / "state.sqlite") < 2:
        assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.poll() else "no rows"
        time.sleep(0.05)
    children = [int(c) for c in (Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split())]
    workers = [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
    assert workers, children
    os.kill(workers[0], signal.SIGKILL)
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr and "BrokenProcessPool" not in stderr
    results = read_results(out)
    assert len(results) == 8 and all(r["status"] == "ok" for r in results), [r for r in results if r["status"] != "ok"]


@HOSTILE
def test_an_audit_honours_an_ignore_file_and_rechecks_when_it_changes(hostile_audit, tmp_path):
    _, out = hostile_audit
    report = json.loads((out / "reports").glob("good*.json").__next__().read_text(encoding="utf-8"))
    target = report["findings"][0]["id"]
    ignore = tmp_path / "ignore.toml"
    ignore.write_text(f'[[ignore]]\nid = "{target}"\nreason = "judged wrong"\n', encoding="utf-8")
    again = tmp_path / "again"
    r = audit(out.parent / "m.jsonl", "--out", again, "--no-progress", "--verifier", "none", "--ignore", ignore)
    assert r.returncode == 0, r.stderr
    redone = json.loads((again / "reports").glob("good*.json").__next__().read_text(encoding="utf-8"))
    assert redone["ignored"] == 1 and target not in [f["id"] for f in redone["findings"]]
    assert len(redone["findings"]) == len(report["findings"]) - 1
    # counted where an auditor reads: the closing line, results.jsonl and the summary
    assert "(1 finding silenced by an ignore rule)" in r.stdout
    good = next(x for x in read_results(again) if x["id"].startswith("good"))
    assert good["ignored"] == 1
    assert "findings silenced by ignore rules" in (again / "summary.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, needle", [
    (["-o", "/nonexistent-folder/report.json"], "no folder"),
    (["--post", "ftp://example.org/hook"], "http:// or https://"),
    (["--post", "http://"], "webhook URL"),
    (["--post", ""], "webhook URL is empty"),  # `--post "$SLACK_WEBHOOK_URL"`, the variable unset
    (["--source-lang", "Norwegian"], "ISO 639-1"),
])
def test_user_errors_are_found_before_any_model_loads(args, needle, tmp_path):
    # An empty model cache: loading a model would first export it, and say so on stderr (a second line).
    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", *args, timeout=60,
                env={"TCHECK_CACHE": str(tmp_path)})
    assert_one_line_error(r, needle)
    assert not any(tmp_path.iterdir())


def test_an_audit_out_that_names_a_file_is_one_line(tmp_path):
    from audit_support import make_archive

    manifest = make_archive(tmp_path / "archive", 2, broken_every=1000)
    taken = tmp_path / "results"
    taken.write_text("not a folder\n", encoding="utf-8")
    assert_one_line_error(run_cli("audit", manifest, "--out", taken, "--no-progress", timeout=60),
                          "--out", "is a file")
    assert taken.read_text(encoding="utf-8") == "not a folder\n"


def test_a_busy_port_is_one_line():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        r = run_cli("serve", "--port", str(taken.getsockname()[1]), timeout=60)
    assert_one_line_error(r, "cannot listen on 127.0.0.1")


@HOSTILE
def test_pairs_past_their_time_budget_are_error_rows_that_a_rerun_retries(hostile_audit, tmp_path):
    manifest, out = hostile_audit[1].parent / "m.jsonl", tmp_path / "budget"
    r = audit(manifest, "--out", out, "--no-progress", "--verifier", "none", "--pair-timeout", "0.000001")
    assert r.returncode == 0, r.stderr
    results = {x["id"]: x for x in read_results(out)}
    assert results["good"]["status"] == "error" and "(--pair-timeout)" in results["good"]["error"]
    r = audit(manifest, "--out", out, "--no-progress", "--verifier", "none")
    assert r.returncode == 0, r.stderr
    assert {x["id"]: x["status"] for x in read_results(out)}["good"] == "ok"


def _children(pid: int) -> list[int]:
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat_file.parent.name))
    return found


def _alive(pids: list[int], within: float) -> list[int]:
    import time

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        left = [p for p in pids if Path(f"/proc/{p}").exists() and "Z" not in _state(p)]
        if not left:
            return []
        time.sleep(0.2)
    return left


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGKILL"])
def test_an_audit_stopped_by_its_supervisor_leaves_no_worker_running(sig, tmp_path):
    """systemd, docker and cron stop a job with SIGTERM: the audit ends as Ctrl-C ends it (the summary
    written, exit 130). A SIGKILLed driver writes nothing, but its workers end within seconds too."""
    import signal
    import time

    from audit_support import db_count, make_archive

    manifest = make_archive(tmp_path / "archive", 16, broken_every=1000)
    out = tmp_path / "out"
    proc = subprocess.Popen([tcheck_exe(), "audit", str(manifest), "--out", str(out), "--workers", "2",
                             "--chunk-size", "1", "--no-progress", "--verifier", "none"],
                            stdout=subprocess.DEVNULL, stderr=open(tmp_path / "stderr", "w"), start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while db_count(out / "state.sqlite") < 1:
            assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "stderr").read_text()
            time.sleep(0.05)
        workers = [p for p in _children(proc.pid) if "python" in Path(f"/proc/{p}/cmdline").read_text(errors="ignore")]
        assert workers
        proc.send_signal(getattr(signal, sig))
        proc.wait(timeout=300)  # a pipe would wait for the workers too: they hold its end
        assert not _alive(workers, within=15), "workers outlived their driver"
        stderr = (tmp_path / "stderr").read_text()
        if sig == "SIGTERM":
            assert proc.returncode == 130 and "interrupted" in stderr and "resumes" in stderr, stderr
            assert (out / "summary.html").is_file() and (out / "results.jsonl").is_file()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
