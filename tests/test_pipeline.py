"""pipeline.deadline: the time limit that the service's --check-timeout and the audit's
--pair-timeout share; pipeline.judge, which pairs the verify stage reads, and how the sensitivities
stand to one another. (The pipeline itself is run end to end by the CLI, service and audit tests.)"""
from __future__ import annotations

import numpy as np
import pytest

from tcheck import pipeline
from tcheck.render import words
from tcheck.errors import Stopped
from tcheck.types import Bead, Document, Finding, Segment
from tcheck.verify import VerifyConfig


def test_the_deadline_counts_from_the_first_stage_not_from_when_it_was_made(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(pipeline.time, "monotonic", lambda: now[0])
    stop = pipeline.deadline(30, "--pair-timeout")
    now[0] = 500.0  # queued: not the check's fault
    stop()
    now[0] = 529.0
    stop()  # within
    now[0] = 531.0
    with pytest.raises(Stopped, match=r"longer than 30 s \(--pair-timeout\)"):
        stop()


def test_a_long_documents_embedding_stops_between_chunks_once_past_its_time(monkeypatch):
    monkeypatch.setattr(pipeline, "EMBED_CHUNK", 2)
    embedded = []

    class Embedder:
        def embed_batch(self, texts):
            embedded.extend(texts)
            return np.ones((len(texts), 3), dtype=np.float32)

    def stop():
        if len(embedded) >= 4:
            raise Stopped("late")

    assert pipeline._embedded(Embedder(), list("abc"), None).shape == (3, 3)
    embedded.clear()
    with pytest.raises(Stopped):
        pipeline._embedded(Embedder(), list("abcdef"), stop)
    assert embedded == list("abcd")  # the chunk under way finishes; the next never starts


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_limit_is_no_stop(seconds):
    assert pipeline.deadline(seconds, "--pair-timeout") is None


class _Plain:
    """A named cross-encoder: classify alone."""

    name = "plain"

    def classify(self, originals, renderings):
        return np.array([[0.9, 0.1, 0.0, 0.0]] * len(originals))


class _Sharp(_Plain):
    """tcheck's packaged verifier: its probabilities, and the same moved by token support."""

    def sharpened(self, originals, renderings, probs):
        return np.array([[0.1, 0.9, 0.0, 0.0]] * len(originals))


def test_judge_reads_the_sharpened_probabilities_where_a_verifier_offers_them():
    j, = pipeline.judge(_Sharp(), ["a"], ["b"])
    assert (round(j.changed, 3), round(j.alarm, 3)) == (0.1, 0.9)


def test_a_verifier_without_sharpening_raises_on_its_own_probabilities():
    j, = pipeline.judge(_Plain(), ["a"], ["b"])
    assert (round(j.changed, 3), round(j.alarm, 3)) == (0.1, 0.1)


class _Lengths(_Plain):
    """Sure of an addition wherever the rendering is the longer side; else sure it is faithful."""

    def classify(self, originals, renderings):
        return np.array([[0.2, 0.1, 0.1, 0.6] if len(r) > len(o) else [0.9, 0.1, 0.0, 0.0]
                         for o, r in zip(originals, renderings)])


def test_judge_reads_each_pair_both_ways_round_and_the_more_alarmed_reading_stands():
    added, dropped = pipeline.judge(_Lengths(), ["Prices rose.", "Prices rose 4 percent."],
                                    ["Prices rose 4 percent.", "Prices rose."])
    assert (added.verdict, round(added.changed, 3)) == ("added", 0.8)
    assert (dropped.verdict, round(dropped.changed, 3)) == ("dropped", 0.8)  # read backward: an addition


def test_a_verifier_that_reads_both_ways_itself_is_read_once():
    verifier = _Counting()
    verifier.symmetric = True
    pipeline.judge(verifier, ["a", "b"], ["c", "d"])
    assert verifier.read == ["a", "b"]


class _Counting(_Plain):
    """Records the pairs it was asked to read."""

    def __init__(self):
        self.read = []

    def classify(self, originals, renderings):
        self.read += list(originals)
        return super().classify(originals, renderings)


def _two_pairs():
    doc = Document((Segment("Prices rose 4 percent.", 0), Segment("The plan was approved.", 0)), "en")
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)]
    found = Finding("altered", "number", "critical", "o", "t", "e", (1,), (1,), before="4", after="5")
    return doc, beads, found


@pytest.mark.parametrize("raised, read", [(2.0, ["The plan was approved."]),
                                          (0.9, ["Prices rose 4 percent.", "The plan was approved."])])
def test_the_verifier_reads_every_pair_only_where_it_may_raise_findings_of_its_own(raised, read):
    doc, beads, found = _two_pairs()
    verifier = _Counting()
    config = pipeline.Config(verify=VerifyConfig(raised=raised, default=0.0))
    out = pipeline._verified([found], beads, doc, doc, [s.text for s in doc.segments], verifier, config, verbatim=False)
    assert verifier.read == read + read  # forward, then backward: the two sides are one text here
    assert [f.verifier for f in out] == [0.1]


def test_a_headlines_finding_passes_the_verifier_too():
    """A heading is no claim, but a fact changed in it is a finding, and every finding is judged: a
    headline's polarity finding once stood at every level with no score, past any gate."""
    doc = Document((Segment("Council halts flood barrier", 0, "heading"), Segment("The plan was approved.", 1)), "en")
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)]
    found = Finding("altered", "polarity", "critical", "o", "t", "e", (0,), (0,), before="halts", after="affirmative")
    config = pipeline.Config(verify=VerifyConfig(gates={"polarity": 0.5}, raised=2.0, default=0.0))
    verifier = _Counting()  # p(changed) 0.1: below the gate
    out = pipeline._verified([found], beads, doc, doc, [s.text for s in doc.segments], verifier, config, verbatim=False)
    assert verifier.read == ["Council halts flood barrier"] * 2 and out == []


def test_where_the_verifier_may_raise_on_weak_links_it_reads_them_too():
    doc, beads, found = _two_pairs()
    beads[0] = Bead((0,), (0,), 0.3)  # linked below align's link: a sentence in its slot, say
    verifier = _Counting()
    config = pipeline.Config(verify=VerifyConfig(raised=2.0, weak_raised=0.9, default=0.0))
    pipeline._verified([found], beads, doc, doc, [s.text for s in doc.segments], verifier, config, verbatim=False)
    assert verifier.read == ["Prices rose 4 percent.", "The plan was approved."] * 2


@pytest.mark.parametrize("original, source, english, read", [
    # a body by its name in the source's tongue
    ("The Progress Party voted against the budget.", "Frp stemte mot budsjettet.", "Frp voted against the budget.",
     "Progress Party voted against the budget."),
    # an acronym that the original spells out
    ("Photo from Vietnam News Agency", "Foto: VNA", "Picture from VNA", "Picture from Vietnam News Agency"),
])
def test_the_verifier_reads_a_name_as_the_original_says_it(original, source, english, read):
    verifier = _Counting()
    config = pipeline.Config(verify=VerifyConfig(raised=0.9, default=0.0))
    pipeline._verified([], [Bead((0,), (0,), 0.9)], Document((Segment(original, 0),), "en"),
                       Document((Segment(source, 0),), "nb"), [english], verifier, config, verbatim=False)
    # forward the original, then backward the MT as the verifier reads it
    assert verifier.read == [original, read]


class _Marking(_Sharp):
    """Sure of a change everywhere, and marks the rendering's last word."""

    def __init__(self):
        self.marked = []

    def marks(self, originals, renderings):
        self.marked += list(renderings)
        return [((r.rindex(" ") + 1, len(r), 0.9),) for r in renderings]


def test_the_verifiers_own_finding_blames_the_run_that_its_marker_points_to():
    original = Document((Segment("The council said prices rose.", 0), Segment("Prices rose 4 percent.", 0)), "en")
    rendering = Document((Segment("The board said prices fell.", 0), Segment("Prices rose 4 percent.", 0)), "en")
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)]
    found = Finding("altered", "number", "critical", "o", "t", "e", (1,), (1,), before="4", after="5")
    verifier = _Marking()
    config = pipeline.Config(verify=VerifyConfig(raised=0.5, default=0.0))
    out = pipeline._verified([found], beads, original, rendering, [s.text for s in rendering.segments], verifier,
                             config, verbatim=False)
    assert [(f.kind, f.before, f.after) for f in out] == [("number", "4", "5"), ("meaning", "rose", "fell")]
    assert words.reason(out[1]) == "meaning: rose → fell"  # the content words alone would blame "council" / "board"
    assert verifier.marked == ["The board said prices fell."]  # the marker reads the raised finding's pair alone


@pytest.mark.parametrize("source, raised", [("Ninguna de ellas está en estado grave.", []),
                                            ("Todas están en estado grave.", ["meaning"])])
def test_the_verifier_raises_nothing_where_the_source_keeps_a_negation_the_mt_lost(source, raised):
    original = Document((Segment("Neither is in serious condition.", 0),), "en")
    translation = Document((Segment(source, 0),), "es")
    config = pipeline.Config(verify=VerifyConfig(raised=0.5, default=0.0))
    out = pipeline._verified([], [Bead((0,), (0,), 0.9)], original, translation, ["Any of them is in grave state."],
                             _Sharp(), config, verbatim=False)
    assert [f.kind for f in out] == raised


@pytest.mark.parametrize("english, marked, kinds", [("The board said prices fell.", True, ["meaning"]),
                                                    ("The board said prices *fell.", True, []),
                                                    ("The board said prices *fell.", False, ["meaning"])])
def test_the_verifiers_own_finding_on_a_word_the_mt_left_untranslated_is_dropped(english, marked, kinds):
    """Where the MT marks what it could not translate (Apertium); a star in a rendering given with
    --mt-file is the writer's."""
    original = Document((Segment("The council said prices rose.", 0),), "en")
    translation = Document((Segment("Styret sa at prisene falt.", 0),), "nb")
    config = pipeline.Config(verify=VerifyConfig(raised=0.5, default=0.0))
    out = pipeline._verified([], [Bead((0,), (0,), 0.9)], original, translation, [english], _Marking(), config,
                             verbatim=False, marked=marked)
    assert [f.kind for f in out] == kinds


def test_the_sensitivities_are_nested():
    """What normal reports, high reports too, and low reports nothing that normal does not: every gate
    and raising threshold of thresholds.json at least as strict at low, at most as strict at high."""
    low, normal, high = (pipeline.Config.for_sensitivity(level).verify for level in ("low", "normal", "high"))
    for strict, loose in ((low, normal), (normal, high)):
        for kind in {*strict.gates, *loose.gates}:
            assert strict.gate(kind, False) >= loose.gate(kind, False), kind
        assert strict.raised >= loose.raised and strict.weak_raised >= loose.weak_raised


def test_high_adds_the_verifiers_surest_findings_to_normals(embedder):
    """High means fewer misses: on the nb fixture it reports every finding of normal's, and the
    verifier raises one of its own that normal leaves ("fenced-off eyesore" / "fenced-in blot")."""
    from reports import fixture_report

    normal, high = (fixture_report("nb-council", embedder, level) for level in ("normal", "high"))
    assert all(f.id for f in normal.findings) and {f.id for f in normal.findings} < {f.id for f in high.findings}
    assert [f.kind for f in normal.findings].count("meaning") == 0
    raised = [f for f in high.findings if f.kind == "meaning"]
    assert [(f.before, f.after) for f in raised] == [("fenced-off eyesore", "fenced-in blot")]
