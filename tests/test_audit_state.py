"""The state DB: which pairs are done, one row per pair, findings replaced with their row."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

from tcheck.audit.records import PairResult, WorkerSettings
from tcheck.audit.state import State


def ok(id: str, key: str = "k1", translator: str = "identity", findings: int = 2) -> PairResult:
    fs = [{"type": "altered", "kind": "number", "severity": "critical", "reason": f"number: {i} → {i + 1}",
           "original": "o", "translation": "t", "translation_en": "t", "similarity": 0.9, "chrf": 50.0}
          for i in range(findings)]
    return PairResult(id, key, "ok", translator=translator, counts={"altered": findings},
                      severities={"critical": findings}, chrf=70.0, findings=fs)


def test_done_only_while_key_signature_and_model_match(tmp_path):
    s = State(tmp_path / "state.sqlite")
    s.record([(ok("a"), {}), (ok("b", translator="argos:nb-en@1.9"), {})], "sig1")
    assert s.is_done("a", "k1", "sig1")
    assert not s.is_done("a", "k2", "sig1")  # a file changed
    assert not s.is_done("a", "k1", "sig2")  # the embedder, config or tcheck version changed
    assert not s.is_done("never", "k1", "sig1")
    assert s.is_done("b", "k1", "sig1", {"argos:nb-en@1.9"})
    assert not s.is_done("b", "k1", "sig1", {"argos:nb-en@1.10"})  # the translation model changed


def test_input_errors_are_kept_and_model_errors_retried(tmp_path):
    s = State(tmp_path / "state.sqlite")
    s.record([(PairResult.failed("a", "k", "a.nb.txt: file is empty", "input"), {}),
              (PairResult.failed("b", "k", "no model", "model"), {}),
              (PairResult.failed("c", "k", "internal error: boom", "internal"), {})], "sig")
    assert s.is_done("a", "k", "sig")
    assert not s.is_done("b", "k", "sig") and not s.is_done("c", "k", "sig")


def test_rerecording_replaces_row_and_findings(tmp_path):
    s = State(tmp_path / "state.sqlite")
    s.record([(ok("a", findings=3), {"original": "a.en.txt"}), (ok("b"), {})], "sig")
    s.record([(ok("a", key="k2", findings=1), {"original": "a.en.txt"})], "sig")
    rows = s.results(["b", "a", "zzz"])
    assert [r["id"] for r in rows] == ["b", "a"]
    assert rows[1]["content_key"] == "k2" and rows[1]["altered"] == 1 and rows[1]["original"] == "a.en.txt"
    assert [f["pair_id"] for f in s.findings(["a", "b"])] == ["a", "b", "b"]
    s.close()
    with sqlite3.connect(tmp_path / "state.sqlite") as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("SELECT count(*) FROM results").fetchone()[0] == 2


def test_signature_follows_settings_that_change_results():
    base = WorkerSettings()
    assert base.signature() == WorkerSettings(threads=4, cache_path="/x").signature()
    assert base.signature() != WorkerSettings(embedder="other-model").signature()
    assert base.signature() != WorkerSettings(beam=4).signature()
    assert base.signature() != WorkerSettings(html_selector="article").signature()


def test_signature_follows_the_code_that_judges(tmp_path, monkeypatch):
    import shutil

    from tcheck import version

    digest = version.code_digest
    copy = tmp_path / "tcheck"
    shutil.copytree(version.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "weights"))
    before = digest(copy)
    assert digest(copy) == before == version.code_digest()  # the same source, the same digest
    claims = copy / "claims.py"
    claims.write_text(claims.read_text() + "\n# a rule changed\n")
    assert digest(copy) != before
    signed = WorkerSettings().signature()
    monkeypatch.setattr(version, "code_digest", lambda: digest(copy))
    assert WorkerSettings().signature() != signed


def test_importing_the_audit_loads_no_model():
    import subprocess
    import sys

    code = "import sys, tcheck.audit, tcheck.cli; assert 'torch' not in sys.modules and 'ray' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_signature_follows_the_mt_engine():
    assert WorkerSettings(mt_engine="apertium").signature() != WorkerSettings().signature()


def test_signature_follows_the_glossary_and_the_ignore_file(tmp_path):
    glossary, ignore = tmp_path / "g.csv", tmp_path / "i.toml"
    glossary.write_text("Rachel Osei,Sarah Blake\n", encoding="utf-8")
    ignore.write_text('[[ignore]]\nid = "f-000000000000"\nreason = "r"\n', encoding="utf-8")
    with_glossary = WorkerSettings(glossary=str(glossary)).signature()
    assert with_glossary != WorkerSettings().signature() != WorkerSettings(ignore=str(ignore)).signature()
    glossary.write_text("Rachel Osei,Sarah Blake\nOslo City Council,Oslo bystyre\n", encoding="utf-8")
    assert WorkerSettings(glossary=str(glossary)).signature() != with_glossary  # an edited glossary re-checks


def test_signature_follows_the_sensitivity():
    assert WorkerSettings(sensitivity="low").signature() != WorkerSettings().signature() \
        == WorkerSettings(sensitivity="normal").signature()


def test_a_state_db_from_before_the_facts_columns_gains_them(tmp_path):
    """An audit begun by an older tcheck resumes: its findings table gains the columns it lacks."""
    path = tmp_path / "state.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""CREATE TABLE findings (
        pair_id TEXT NOT NULL, n INTEGER NOT NULL, type TEXT, kind TEXT, severity TEXT, reason TEXT,
        original TEXT, translation TEXT, translation_en TEXT, similarity REAL, chrf REAL, PRIMARY KEY (pair_id, n));
        INSERT INTO findings VALUES ('old', 0, 'altered', 'number', 'critical', 'number: 1 → 2', 'o', 't', 't',
        0.9, 50.0);""")
    db.close()
    s = State(path)
    fact = {"id": "f-0123456789ab", "before": "340", "after": "430", "before_spans": "[[4, 7]]",
            "after_spans": "[[4, 7]]", "verifier": 0.97}
    r = ok("a", findings=1)
    s.record([(replace(r, findings=[{**r.findings[0], **fact}]), {})], "sig")
    old, new = s.findings(["old", "a"])
    assert old["before"] is None and old["reason"] == "number: 1 → 2"
    assert {k: new[k] for k in fact} == fact


def test_the_run_signature_holds_the_limits_so_a_raised_limit_rechecks(monkeypatch):
    """A pair past TCHECK_MAX_SENTENCES is an input error, kept until its files change; its own message
    says to raise the limit, so a raised limit must check it again."""
    from tcheck.audit.records import WorkerSettings

    before = WorkerSettings(verifier="none").signature()
    monkeypatch.setenv("TCHECK_MAX_SENTENCES", "20000")
    assert WorkerSettings(verifier="none").signature() != before
