"""`tcheck audit` end to end: the real CLI on a generated archive, killed with SIGKILL and resumed."""
from __future__ import annotations

import codecs
import csv
import json
from collections import Counter

import pytest

from audit_support import BROKEN, audit, copied, db_count, read_results
from conftest import FIXTURES, load_gold, unmatched


def test_killed_audit_resumes_without_losing_or_duplicating_a_pair(audited_archive):
    a = audited_archive
    assert 0 < a.rows_at_kill < len(a.ids), "the first run must be killed part-way through"
    results = read_results(a.out)
    assert Counter(r["id"] for r in results) == Counter(a.ids)  # every pair, exactly once, manifest order
    assert [r["id"] for r in results] == a.ids
    assert db_count(a.out / "state.sqlite") == len(a.ids)
    # The resumed run checked only what the killed one had not recorded.
    assert f"({len(a.ids) - a.rows_at_kill} checked now, {a.rows_at_kill} already done)" in a.resume.stdout


def test_broken_files_are_error_rows_with_their_reason(audited_archive):
    results = {r["id"]: r for r in read_results(audited_archive.out)}
    seen = set()
    for id_, r in results.items():
        kind = next((k for k in BROKEN if id_.endswith("-" + k)), None)
        if kind and BROKEN[kind]:
            seen.add(kind)
            assert r["status"] == "error" and BROKEN[kind] in r["error"], r
            assert r["counts"] is None and r["report"] is None
        else:
            assert r["status"] == "ok", r
            assert sum(r["counts"].values()) > 0 and 0 < r["chrf"] <= 100
    assert seen == {k for k, v in BROKEN.items() if v}
    assert "outside.txt" not in json.dumps([r for r in results.values() if r["status"] == "ok"])


def test_pairs_get_the_planted_findings(audited_archive):
    for r in read_results(audited_archive.out):
        if r["status"] != "ok":
            continue
        report = json.loads((audited_archive.out / r["report"]).with_suffix(".json").read_text(encoding="utf-8"))
        kinds = {(f["type"], f["kind"]) for f in report["findings"]}
        fixture = "en-rewrite" if r["id"].startswith("en-") else "nb-council"
        if fixture == "nb-council":
            assert report["meta"]["translator"] == "mt-file" and r["mt"]
        paragraphs = len({s["paragraph"] for s in report["translation"]})
        translation = "rewrite.en.txt" if fixture == "en-rewrite" else "translation.nb.txt"
        full = len((FIXTURES / fixture / translation).read_text(encoding="utf-8").strip().split("\n\n"))
        if paragraphs == full:  # the generator dropped no paragraph: every planted kind is found
            assert {(g["type"], g["kind"]) for g in load_gold(fixture)} <= kinds, (r["id"], kinds)
        else:
            assert ("dropped", "claim") in kinds


def test_output_folder_holds_reports_summary_and_exports(audited_archive):
    out = audited_archive.out
    results = read_results(out)
    for r in results:
        if r["status"] == "ok":
            assert (out / r["report"]).is_file()
            assert (out / r["report"]).with_suffix(".json").is_file()
    with open(out / "findings.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == sum(sum(r["counts"].values()) for r in results if r["status"] == "ok")
    assert {r["pair_id"] for r in rows} == {r["id"] for r in results if r["status"] == "ok"}
    import pyarrow.parquet as pq

    table = pq.read_table(out / "findings.parquet")
    assert table.num_rows == len(rows)
    assert table.column("reason").to_pylist() == [r["reason"] for r in rows]
    # each finding's fact as data, as its pair's JSON report has it
    for r in results:
        if r["status"] == "ok":
            report = json.loads((out / r["report"]).with_suffix(".json").read_text(encoding="utf-8"))
            mine = [x for x in rows if x["pair_id"] == r["id"]]
            assert [(x["id"], x["before"] or None, x["after"] or None, json.loads(x["before_spans"]),
                     json.loads(x["after_spans"])) for x in mine] == [
                (f["id"], f["before"], f["after"], f["before_spans"], f["after_spans"]) for f in report["findings"]]
    assert any(x["before_spans"] != "[]" for x in rows)
    assert (out / "summary.html").is_file()


def test_rerun_skips_done_pairs_and_redoes_a_changed_file(audited_archive, tmp_path):
    a = copied(audited_archive, tmp_path)
    again = audit(a.manifest, "--out", a.out, "--no-progress")
    assert again.returncode == 0, again.stderr
    assert f"(0 checked now, {len(a.ids)} already done)" in again.stdout
    # Change one translation: that pair alone is checked again, and still appears once.
    with open(a.manifest, encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["id"].count("-") == 1)
    path = a.manifest.parent / row["translation"]
    path.write_text(path.read_text(encoding="utf-8") + "\n\nThe case continues next week.\n", encoding="utf-8")
    third = audit(a.manifest, "--out", a.out, "--no-progress")
    assert third.returncode == 0, third.stderr
    assert f"(1 checked now, {len(a.ids) - 1} already done)" in third.stdout
    assert Counter(r["id"] for r in read_results(a.out)) == Counter(a.ids)


def test_folder_mode_finds_pairs_by_pattern(tmp_path):
    nb = FIXTURES / "nb-council"
    arch = tmp_path / "arch"
    (arch / "2024").mkdir(parents=True)
    (arch / "2024" / "a.en.txt").write_text((nb / "original.en.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (arch / "2024" / "a.nb.txt").write_text((nb / "translation.nb.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (arch / "2024" / "a.mt.txt").write_text((nb / "mt.en.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (arch / "2024" / "orphan.nb.txt").write_text("Bare en oversettelse.\n", encoding="utf-8")
    # b: a broken translation step (every letter rotated): an error-like row, not dozens of findings.
    for suffix in ("en", "nb"):
        (arch / "2024" / f"b.{suffix}.txt").write_text((arch / "2024" / f"a.{suffix}.txt").read_text(encoding="utf-8"),
                                                       encoding="utf-8")
    (arch / "2024" / "b.mt.txt").write_text(codecs.encode((nb / "mt.en.txt").read_text(encoding="utf-8"), "rot13"),
                                            encoding="utf-8")
    out = arch / "audit"  # inside the archive: never taken for input
    r = audit(arch, "--pair", "{id}.en.txt", "{id}.nb.txt", "--mt", "{id}.mt.txt", "--out", out, "--no-progress")
    assert r.returncode == 0, r.stderr
    results = {x["id"]: x for x in read_results(out)}
    assert set(results) == {"2024/a", "2024/b", "2024/orphan"}
    assert (results["2024/b"]["status"] == "error"
            and results["2024/b"]["error"].startswith("Unreliable: the translation step"))
    assert results["2024/a"]["status"] == "ok" and results["2024/a"]["translator"] == "mt-file"
    report = json.loads((out / results["2024/a"]["report"]).with_suffix(".json").read_text(encoding="utf-8"))
    missing, _ = unmatched(report["findings"], load_gold("nb-council"))
    assert missing == []
    assert results["2024/orphan"]["status"] == "error" and "no original" in results["2024/orphan"]["error"]


@pytest.mark.parametrize("args, message", [
    (["--pair", "{id}.en.txt", "{id}.nb.txt"], "no file matches"),
    (["--pair", "{id}.en.txt", "../{id}.nb.txt"], "leads outside the folder"),
    ([], "give --pair"),
])
def test_folder_mode_usage_errors_are_one_line(tmp_path, args, message):
    r = audit(tmp_path, *args, "--out", tmp_path / "out")
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_bad_manifest_is_one_line_error(tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("id,original\na,x.txt\n")
    r = audit(m, "--out", tmp_path / "out")
    assert r.returncode == 2 and "no translation column" in r.stderr, r.stderr


def test_an_interrupted_audit_says_where_its_work_is_kept(tmp_path, monkeypatch):
    """Ctrl-C: one line that the pairs checked so far are kept and that the same command resumes."""
    import pytest

    from tcheck.audit import AuditOptions, run
    from tcheck.errors import Interrupted

    def pressed(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr(run, "_run", pressed)
    with pytest.raises(Interrupted, match="kept in .*; the same command resumes") as e:
        run.run_audit([], tmp_path, AuditOptions(out=tmp_path / "out", progress=False))
    assert e.value.exit_code == 130


def test_an_unreliable_pair_is_an_error_row_whose_findings_no_count_holds(tmp_path):
    """The closing line counts what summary.html and findings.csv hold: an unreliable pair's findings
    (a rendering of another text) say little, and are in none of them."""
    import shutil

    shutil.copytree(FIXTURES / "nb-council", tmp_path / "nb")
    shutil.copy(FIXTURES / "en-rewrite" / "rewrite.en.txt", tmp_path / "other.en.txt")
    (tmp_path / "manifest.csv").write_text(
        "id,original,translation,source_lang,mt_file\n"
        "good,nb/original.en.txt,nb/translation.nb.txt,nb,nb/mt.en.txt\n"
        "wrong,nb/original.en.txt,nb/translation.nb.txt,nb,other.en.txt\n", encoding="utf-8")
    r = audit(tmp_path / "manifest.csv", "--out", tmp_path / "out", "--no-progress", "--verifier", "none",
              "--workers", "1")
    assert r.returncode == 0, r.stderr
    rows = {row["id"]: row for row in read_results(tmp_path / "out")}
    assert rows["wrong"]["status"] == "error" and rows["good"]["status"] == "ok", rows
    with open(tmp_path / "out" / "findings.csv", encoding="utf-8") as f:
        counts = Counter(row["type"] for row in csv.DictReader(f))
    assert f"findings: {counts['added']} added, {counts['dropped']} dropped, {counts['altered']} altered" in r.stdout
    assert counts == Counter(rows["good"]["counts"]) - Counter()
