"""The JSON Schema is the bots' contract: valid, shipped, and matching what render.json emits."""
import json
import typing
from pathlib import Path

import jsonschema
import pytest
from reports import fixture_report, hostile_report, validate

from tcheck import types
from tcheck.render import json as render_json
from tcheck.schema import report_schema

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "tcheck" / "schema" / "report.schema.json"


def test_schema_is_valid_draft_2020_12_and_shipped():
    jsonschema.Draft202012Validator.check_schema(report_schema())
    assert report_schema() == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert report_schema()["properties"]["schema_version"]["const"] == render_json.SCHEMA_VERSION


def test_enums_match_the_types():
    props = report_schema()["properties"]
    finding = props["findings"]["items"]["properties"]
    assert set(finding["type"]["enum"]) == set(typing.get_args(types.FindingType))
    assert set(finding["severity"]["enum"]) == set(typing.get_args(types.Severity))
    for side in ("original", "translation"):
        assert set(props[side]["items"]["properties"]["kind"]["enum"]) == set(typing.get_args(types.SegmentKind))


def test_every_finding_kind_is_documented():
    from tcheck.severity import _BY_KIND

    documented = report_schema()["properties"]["findings"]["items"]["properties"]["kind"]["examples"]
    assert set(_BY_KIND) <= set(documented), "document the new kind in tcheck/schema/report.schema.json and README"


@pytest.mark.parametrize("name", ["en-rewrite", "nb-council"])
def test_fixture_reports_conform(name, embedder):
    validate(json.loads(render_json.render(fixture_report(name, embedder))))


def test_hostile_report_conforms():
    validate(json.loads(render_json.render(hostile_report())))


@pytest.mark.parametrize("mutate", [
    lambda d: d.pop("findings"),
    lambda d: d.update(schema_version="2.0"),
    lambda d: d["findings"][0].update(type="changed"),
    lambda d: d["findings"][0].update(kind="Number!"),
    lambda d: d["findings"][0].update(original_index=[-1]),
    lambda d: d.update(surprise=1),  # a new field needs a schema (and version) change first
])
def test_schema_rejects_drift(mutate):
    d = render_json.to_dict(hostile_report())
    mutate(d)
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


def test_a_report_comes_back_from_its_json():
    """tcheck render reads what tcheck check -f json wrote: nothing is lost on the way."""
    from dataclasses import replace

    for report in (hostile_report(),
                   replace(hostile_report(), unreliable=types.Doubt("coverage", 0.1, 0.4), ignored=2)):
        assert render_json.from_dict(json.loads(json.dumps(render_json.to_dict(report)))) == report


@pytest.mark.parametrize("name", ["en-rewrite", "nb-council"])
def test_a_finding_s_spans_mark_its_words_and_come_back_from_the_json(name, embedder):
    report = fixture_report(name, embedder)
    facts = [f for f in report.findings if f.type == "altered"]
    assert facts and all(f.before_spans or f.after_spans for f in facts)
    for f in report.findings:
        for spans, text in ((f.before_spans, f.original), (f.after_spans, f.translation_en)):
            assert all(0 <= s < e <= len(text) and text[s:e].strip() for s, e in spans)
        if f.kind in ("number", "date", "quote"):  # a fact's spans hold its very words
            assert [f.original[s:e] for s, e in f.before_spans] == [f.before.strip("“”")]
    assert render_json.from_dict(json.loads(render_json.render(report))).findings == report.findings


def test_spans_are_pairs_of_offsets():
    d = render_json.to_dict(hostile_report())
    d["findings"][0].update(before_spans=[[3]])
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


def test_a_report_from_before_spans_still_comes_back():
    """A 1.4 report (no spans) renders as it did: its findings' words stand nowhere in particular."""
    d = render_json.to_dict(hostile_report())
    d["schema_version"] = "1.4"
    for f in d["findings"]:
        del f["before_spans"], f["after_spans"]
    report = render_json.from_dict(json.loads(json.dumps(d)))
    assert report.findings and all(f.before_spans == f.after_spans == () for f in report.findings)
