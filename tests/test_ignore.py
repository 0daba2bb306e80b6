"""Stable finding ids and ignore rules; the ignore file read and written."""
from dataclasses import replace

import pytest

from tcheck import ignore, ignore_file
from tcheck.errors import InputError
from tcheck.types import Document, Finding, Report, Scores

NAME = Finding("altered", "name", "critical", "Rachel Osei, the mayor, resigned.",
               "Sarah Blake, the mayor, resigned.", "Sarah Blake, the mayor, resigned.", (3,), (3,),
               before="Rachel Osei", after="Sarah Blake")


def report(*findings):
    empty = Document((), "en")
    return Report(empty, empty, (), (), tuple(ignore.with_ids(list(findings))), Scores(0, 0, 1))


def test_an_id_survives_moves_and_cosmetic_edits_but_not_a_changed_fact():
    moved = replace(NAME, original="rachel  osei , the mayor, resigned", original_index=(9,), translation_index=(8,),
                    translation="Sarah Blake, mayor, quit.", verifier=0.7)
    assert ignore.finding_id(NAME) == ignore.finding_id(moved)
    assert ignore.finding_id(NAME) != ignore.finding_id(replace(NAME, after="Sara Black"))
    assert ignore.finding_id(NAME) != ignore.finding_id(replace(NAME, original="Rachel Osei, the mayor, stayed."))
    assert ignore.finding_id(NAME).startswith("f-") and len(ignore.finding_id(NAME)) == 14


def test_rules_by_id_and_by_pattern():
    r = report(NAME, replace(NAME, kind="number", before="4", after="5", original="It had 4 seats."))
    name_id = r.findings[0].id
    by_id = ignore.apply(r, (ignore.Rule("agency name", id=name_id),))
    assert [f.kind for f in by_id.findings] == ["number"] and by_id.ignored == 1
    by_pattern = ignore.apply(r, (ignore.Rule("kept in Norwegian", pattern={"kind": "name", "before": "rachel osei"}),))
    assert [f.kind for f in by_pattern.findings] == ["number"]
    by_text = ignore.apply(r, (ignore.Rule("whole sentence", pattern={"text": "4 seats"}),))
    assert [f.kind for f in by_text.findings] == ["name"]
    assert ignore.apply(r, ()) is r


def test_a_pattern_may_name_the_words_as_the_report_shows_them():
    """A negation's data are "affirmative" / "not"; the report says "approved" / "did not approve"."""
    negation = replace(NAME, kind="negation", before="affirmative", after="not", said=("approved", "did not approve"))
    r = report(negation)
    for pattern in ({"kind": "negation", "before": "approved", "after": "did not approve"},
                    {"kind": "negation", "before": "affirmative", "after": "not"}):
        assert ignore.apply(r, (ignore.Rule("house style", pattern=pattern),)).ignored == 1
    assert ignore.apply(r, (ignore.Rule("x", pattern={"before": "approved", "after": "not approved"}),)).ignored == 0
    unsaid = report(replace(negation, said=None))  # shown as "(no negation)" → "not"
    assert ignore.apply(unsaid, (ignore.Rule("x", pattern={"before": "(no negation)"}),)).ignored == 1


def test_the_rules_in_force_are_named_in_meta():
    r = report(NAME)
    rule = ignore.Rule("agency name", by="desk", id=r.findings[0].id)
    named = ignore.apply(r, (rule,)).meta["ignore"]
    assert named == ignore.apply(r, (rule,)).meta["ignore"] and len(named) == 12
    assert named != ignore.apply(r, (replace(rule, reason="other"),)).meta["ignore"]  # an edited list reads differently
    both = ignore.apply(ignore.apply(r, (rule,)), (ignore.Rule("the request's", id="f-000000000000"),))
    assert both.meta["ignore"] not in (named, None) and both.ignored == 1  # a server's rules, then a request's


def test_the_ignore_file_round_trip(tmp_path):
    path = tmp_path / "ignore.toml"
    assert ignore_file.add(path, "f-0123456789ab", 'the "agency" keeps its name', by="kari") is None
    held = ignore_file.add(path, "f-0123456789ab", "again")  # one rule an id: the first stands
    assert held is not None and held.reason == 'the "agency" keeps its name'
    path.write_text(path.read_text() + '\n[[ignore]]\npattern = { kind = "hedge" }\nreason = "house style"\n')
    rules = ignore_file.read(path)
    assert len(rules) == 2 and rules[0] == ignore.Rule('the "agency" keeps its name', "kari", "f-0123456789ab")
    assert rules[1].pattern == {"kind": "hedge"} and rules[1].id is None
    assert ignore_file.digest(path) != ignore_file.digest(None)


@pytest.mark.parametrize("text, message", [
    ("[[ignore]]\nid = 'f-0123456789ab'\n", "give a reason"),
    ("[[ignore]]\nreason = 'x'\n", "either an id or a pattern"),
    ("[[ignore]]\nreason = 'x'\npattern = { colour = 'red' }\n", "a pattern has text values"),
    ("ignore = 3\n", "must be a list"),
    ("[[ignore]\n", "not TOML"),
    ("[[ignore]]\nid = 'f-0123456789ab'\nreason = 'x'\nbogus = 3\n", "no key bogus"),  # a rule matching nothing
    ("[[ignore]]\nid = 'F-0123456789AB '\nreason = 'x'\n", "is no finding id"),
    ("[[ignore]]\npattern = { type = 'bogus' }\nreason = 'x'\n", "added, dropped or altered, not 'bogus'"),
])
def test_a_broken_ignore_file_is_one_line(tmp_path, text, message):
    path = tmp_path / "ignore.toml"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        ignore_file.read(path)
    with pytest.raises(InputError):
        ignore_file.add(path, "f-0123456789ab", "reason")  # never extends a broken file


def test_a_device_or_pipe_is_no_ignore_file_or_glossary(tmp_path):
    import os

    from tcheck import glossary_file

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        with pytest.raises(InputError, match="not a regular file"):
            ignore_file.read(path)
        with pytest.raises(InputError, match="not a regular file"):
            glossary_file.read(path)
        with pytest.raises(InputError, match="not a regular file"):
            ignore_file.add(path, "f-0123456789ab", "reason")


def test_adding_a_rule_that_cannot_be_written_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "ignore.toml"
    ignore_file.add(path, "f-0123456789ab", "first")
    path.chmod(0o640)
    before = path.read_text()

    def full_disk(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tcheck.textio.os.replace", full_disk)
    with pytest.raises(InputError, match="cannot write \\(No space left on device\\); the file is as it was"):
        ignore_file.add(path, "f-123456789abc", "second " * 1000)
    assert path.read_text() == before and [p.name for p in tmp_path.iterdir()] == ["ignore.toml"]
    monkeypatch.undo()
    ignore_file.add(path, "f-123456789abc", "second")
    assert len(ignore_file.read(path)) == 2 and path.stat().st_mode & 0o777 == 0o640  # its mode kept
