"""Exports for data teams: results.jsonl (one line per pair), findings.csv and findings.parquet."""
from __future__ import annotations

import csv
import json

from tcheck.audit import export
from tcheck.audit.records import PairResult
from tcheck.audit.state import State


FACT = {"before": "340", "after": "430", "before_spans": "[[12, 15]]", "after_spans": "[[9, 12]]",
        "verifier": 0.97, "id": "f-0123456789ab"}


def recorded(tmp_path):
    s = State(tmp_path / "state.sqlite")
    f = {"type": "dropped", "kind": "claim", "severity": "major", "reason": "claim dropped",
         "original": 'He said "no", twice.',
         "translation": None, "translation_en": None, "similarity": None, "chrf": None}
    s.record([(PairResult("a", "k", "ok", translator="identity", counts={"dropped": 2}, severities={"major": 2},
                          chrf=61.5, findings=[f, {**f, "reason": "Ærlig, «sitat»\nlinje", **FACT}]),
               {"original": "a.en.txt", "report_json": "reports/a.json"}),
              (PairResult.failed("b", "k", "b.nb.txt: file is empty", "input"), {"original": "b.en.txt"}),
              (PairResult("c", "k", "ok", counts={}, chrf=99.0), {})], "sig")
    return s


def test_results_jsonl_has_one_line_per_pair(tmp_path):
    s = recorded(tmp_path)
    export.write_all(tmp_path, s.results(["c", "b", "a"]), s.findings(["c", "b", "a"]))
    lines = [json.loads(x) for x in (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["c", "b", "a"]
    c, b, a = lines
    assert a["status"] == "ok" and a["counts"] == {"added": 0, "dropped": 2, "altered": 0} and a["error"] is None
    assert a["severity"]["major"] == 2 and a["report"] == "reports/a.json" and a["chrf"] == 61.5
    assert a["report_json"] == "reports/a.json" and a["error_kind"] is None
    assert b == {**b, "status": "error", "error": "b.nb.txt: file is empty", "counts": None, "error_kind": "input"}
    assert c["counts"] == {"added": 0, "dropped": 0, "altered": 0}
    assert not list(tmp_path.glob("*.tmp"))


def test_findings_csv_and_parquet_agree(tmp_path):
    import pyarrow.parquet as pq

    s = recorded(tmp_path)
    export.write_all(tmp_path, s.results(["a", "b", "c"]), s.findings(["a", "b", "c"]))
    with open(tmp_path / "findings.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["reason"] for r in rows] == ["claim dropped", "Ærlig, «sitat»\nlinje"]
    assert rows[0]["original"] == 'He said "no", twice.' and rows[0]["pair_id"] == "a"
    table = pq.read_table(tmp_path / "findings.parquet").to_pylist()
    assert [r["reason"] for r in table] == [r["reason"] for r in rows]
    assert table[0]["translation"] is None and table[0]["n"] == 0 and table[1]["n"] == 1
    # the fact as data beside the reason: before, after, where they stand, the verifier, the finding's id
    assert rows[1]["before"] == table[1]["before"] == "340" and json.loads(rows[1]["before_spans"]) == [[12, 15]]
    assert table[1]["verifier"] == 0.97 and rows[1]["id"] == table[1]["id"] == "f-0123456789ab"
    assert table[0]["verifier"] is None and rows[0]["before_spans"] == ""


def test_exports_of_an_empty_audit(tmp_path):
    import pyarrow.parquet as pq

    export.write_all(tmp_path, [], [])
    assert (tmp_path / "results.jsonl").read_text() == ""
    assert pq.read_table(tmp_path / "findings.parquet").num_rows == 0
