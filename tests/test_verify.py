"""The verify stage: gates on the rules' findings, the verifier's own findings, the span it blames."""

from dataclasses import replace

from tcheck import verify
from tcheck.render import words
from tcheck.types import Bead, Finding
from tcheck.verify import Judgement, VerifyConfig

BEADS = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.8), Bead((2,), (), 0.0)]
TEXTS = {0: ("Prices rose 4 percent in May.", "Prisene steg 4 prosent i mai.", "Prices rose 4 percent in May."),
         1: ("The plan was approved on Monday.", "Planen ble avvist mandag.", "The plan was rejected on Monday.")}
CFG = VerifyConfig({"number": 0.05, "quote_rewrite": 0.05}, default=0.5, raised=0.9)


def finding(kind: str, bead: Bead, type_: str = "altered") -> Finding:
    return Finding(type_, kind, "critical", "o", "t", "e", bead.original, bead.translation, before="a", after="b")


def judge(changed: float) -> Judgement:
    return Judgement((1 - changed, changed, 0.0, 0.0))


def test_each_kind_has_its_gate():
    assert (CFG.gate("number", False), CFG.gate("negation", False), CFG.gate("quote", True), CFG.gate("quote", False)) \
        == (0.05, 0.5, 0.05, 0.5)


def test_an_exact_kind_in_mt_answers_to_a_gate_of_its_own_else_to_its_kinds():
    cfg = VerifyConfig({"name": 0.0, "name_mt": 0.7, "number": 0.05}, default=0.5)
    assert (cfg.gate("name", True), cfg.gate("name", False), cfg.gate("number", False), cfg.gate("hedge", False)) \
        == (0.0, 0.7, 0.05, 0.5)
    name = [finding("name", BEADS[0])]
    assert verify.apply(name, BEADS, {0: judge(0.3)}, TEXTS, cfg, verbatim=True)
    assert not verify.apply(name, BEADS, {0: judge(0.3)}, TEXTS, cfg, verbatim=False)


def test_one_place_put_for_another_is_exact_in_mt_too():
    cfg = VerifyConfig({"name": 0.0, "name_mt": 0.9}, default=0.5)
    swapped = [replace(finding("name", BEADS[0]), before="Kyiv", after="Lviv")]
    assert verify.apply(swapped, BEADS, {0: judge(0.3)}, TEXTS, cfg, verbatim=False)
    # Spelt two ways, a city is one; a city for its country, and a code, are the verifier's to read.
    for before, after in (("Kyiv", "Kiev"), ("Moscow", "Russia"), ("PE", "China"), ("Kyiv", "Lviv Oblast")):
        other = [replace(finding("name", BEADS[0]), before=before, after=after)]
        assert not verify.apply(other, BEADS, {0: judge(0.3)}, TEXTS, cfg, verbatim=False), (before, after)
    assert cfg.gate("name", False, exact=True) == 0.0 and verify.gate_key("name", False, exact=True) == "name"
    # a place on one side alone, apart from every place of the other side (names.diff's one-sided change)
    added = [replace(finding("name", BEADS[0]), before="", after="Japan")]
    assert verify.apply(added, BEADS, {0: judge(0.3)}, TEXTS, cfg, verbatim=False)
    # a common word put for a place ("in Turkey" / "in Speed"), either way round
    for before, after in (("Turkey", "Speed"), ("Speed", "Turkey")):
        common = [replace(finding("name", BEADS[0]), before=before, after=after)]
        assert verify.apply(common, BEADS, {0: judge(0.3)}, TEXTS, cfg, verbatim=False), (before, after)


def test_meaning_findings_need_the_verifier_and_exact_ones_barely():
    findings = [finding("negation", BEADS[0]), finding("number", BEADS[1])]
    out = verify.apply(findings, BEADS, {0: judge(0.3), 1: judge(0.1)}, TEXTS, CFG, verbatim=False)
    assert [(f.kind, f.verifier) for f in out] == [("number", 0.1)]


def test_a_quote_is_exact_only_in_an_english_rewrite():
    quote = [finding("quote", BEADS[0])]
    assert verify.apply(quote, BEADS, {0: judge(0.2)}, TEXTS, CFG, verbatim=True)
    assert not verify.apply(quote, BEADS, {0: judge(0.2)}, TEXTS, CFG, verbatim=False)


def test_a_whole_claim_has_no_pair_to_read_and_stands():
    dropped = Finding("dropped", "claim", "critical", "o", None, None, (2,), ())
    assert verify.apply([dropped], BEADS, {0: judge(0.0), 1: judge(0.0)}, TEXTS, CFG, verbatim=False) == [dropped]


def test_the_verifier_raises_what_no_rule_found_blaming_the_changed_words():
    out = verify.apply([], BEADS, {0: judge(0.2), 1: judge(0.97)}, TEXTS, CFG, verbatim=False)
    assert len(out) == 1
    f = out[0]
    assert (f.type, f.kind, f.before, f.after) == ("altered", "meaning", "approved", "rejected")
    assert f.original_index == (1,) and f.verifier == 0.97 and f.severity == "major"
    assert words.reason(f) == "meaning: approved → rejected"


def test_gates_read_the_verifiers_own_judgement_and_raising_reads_the_sharpened_one():
    """Token support moves only the question "did anything change?"; a rule's finding is gated on
    the cross-encoder's own reading of the pair."""
    calm_but_unsupported = Judgement((0.8, 0.2, 0.0, 0.0), (0.02, 0.98, 0.0, 0.0))
    gated = verify.apply([finding("negation", BEADS[0])], BEADS, {0: calm_but_unsupported}, TEXTS, CFG, verbatim=False)
    # p(changed) 0.2 is under the negation gate, whatever the support says; the alarm, 0.98, is the
    # verifier's own finding, as on a bead where no rule found anything
    assert [(f.kind, f.verifier) for f in gated] == [("meaning", 0.98)]
    raised = verify.apply([], BEADS, {1: calm_but_unsupported}, TEXTS, CFG, verbatim=False)
    assert [(f.kind, f.verifier) for f in raised] == [("meaning", 0.98)]
    assert not verify.apply([], BEADS, {1: Judgement((0.02, 0.98, 0.0, 0.0), (0.8, 0.2, 0.0, 0.0))}, TEXTS, CFG,
                            verbatim=False)
    assert judge(0.3).alarm == judge(0.3).changed  # a verifier that offers no sharpening


def test_on_a_weak_link_the_verifier_raises_on_its_own_reading_at_its_own_threshold():
    """A bead less similar than align's link (bead 1 scores 0.8 here) is already doubted by the
    embedding: the cross-encoder's p(changed) raises there, at `weak_raised`, while the sharpened
    alarm stays for the rest."""
    cfg = VerifyConfig({}, raised=2.0, weak_raised=0.9)
    calm = Judgement((0.95, 0.05, 0.0, 0.0), (0.0, 1.0, 0.0, 0.0))  # token support alone alarmed
    sure = Judgement((0.03, 0.97, 0.0, 0.0), (0.0, 1.0, 0.0, 0.0))
    assert not verify.apply([], BEADS, {1: sure}, TEXTS, cfg, verbatim=False)  # not weak: raised is off
    weak = verify.apply([], BEADS, {1: sure}, TEXTS, cfg, verbatim=False, weak_below=0.85)
    assert [(f.kind, f.verifier, f.before, f.after) for f in weak] == [("meaning", 0.97, "approved", "rejected")]
    assert not verify.apply([], BEADS, {1: calm}, TEXTS, cfg, verbatim=False, weak_below=0.85)
    assert not verify.apply([], BEADS, {0: sure}, TEXTS, cfg, verbatim=False, weak_below=0.85)  # 0.9: linked well


def test_the_verifier_raises_nothing_where_the_source_shows_the_mt_misrendered():
    """The verifier reads the MT's English alone; where the source shows that English wrong (a lost
    negation), it is no evidence of what the translation says."""
    assert verify.apply([], BEADS, {1: judge(0.97)}, TEXTS, CFG, verbatim=False)
    assert not verify.apply([], BEADS, {1: judge(0.97)}, TEXTS, CFG, verbatim=False, misrendered={1}.__contains__)


def test_a_bead_with_a_rule_finding_gets_no_second_one_from_the_verifier():
    out = verify.apply([finding("negation", BEADS[1])], BEADS, {1: judge(0.99)}, TEXTS, CFG, verbatim=False)
    assert [f.kind for f in out] == ["negation"]


def test_a_rule_finding_its_gate_drops_leaves_the_bead_to_the_verifier():
    """Gated out, a rule's finding counts as none: on a weak link the cross-encoder's 0.92 raises its
    own finding, under a quote gate of 0.95 and over weak_raised's 0.9."""
    cfg = VerifyConfig({"quote": 0.95}, raised=2.0, weak_raised=0.9)
    out = verify.apply([finding("quote", BEADS[1])], BEADS, {1: judge(0.92)}, TEXTS, cfg, verbatim=False,
                       weak_below=0.85)
    assert [(f.kind, f.verifier) for f in out] == [("meaning", 0.92)]


def test_the_verdict_names_the_likeliest_change():
    assert Judgement((0.1, 0.2, 0.6, 0.1)).verdict == "dropped"
    assert Judgement((0.9, 0.02, 0.03, 0.05)).verdict == "added"


def test_dropped_and_added_blame_one_side():
    assert verify.blame("The mayor, who is 58, resigned on Friday.", "The mayor resigned on Friday.")[0] == "who is 58"
    assert verify.blame("Talks ended.", "Talks ended without agreement.") == ("", "without agreement")


def test_the_marker_names_the_run_to_blame_where_content_words_would_name_another():
    a = "The ministry said on Friday that prices rose sharply."
    b = "The department said on Friday that prices fell sharply."
    assert verify.blame(a, b) == ("ministry", "department")  # first of two runs with one new word each
    fell = b.index("fell")
    marks = ((4, 14, 0.2), (fell, fell + 4, 0.9))
    assert verify.blame(a, b, marks) == ("rose", "fell")
    assert verify.blame(a, a, marks) == ("", "")


def test_a_dropped_part_is_blamed_by_its_content_words_since_the_english_lacks_it():
    f = verify.blamed(Finding("dropped", "meaning", "major", "Prices rose, the ministry said.",
                              "x", "Prices rose."), ((0, 6, 0.99),))
    assert (f.before, f.after, words.reason(f)) == ("the ministry said", None,
                                             "meaning: part of a claim dropped: “the ministry said”")
    assert f.before_spans == ((13, 30),) and f.after_spans == ()


def test_the_blamed_words_say_where_they_stand():
    a = "The ministry said on Friday that prices rose sharply."
    b = "The ministry said on Friday that prices fell sharply."
    f = verify.blamed(Finding("altered", "meaning", "major", a, "x", b), ())
    assert (f.before, f.after) == ("rose", "fell")
    assert (f.before_spans, f.after_spans) == (((40, 44),), ((40, 44),))


def test_blamed_words_in_mt_with_unknown_word_marks_stand_where_the_shown_english_has_them():
    """The verifier reads the English without MT's marks ("*Ferrán"); the finding shows them."""
    a = "Ferrán said that prices rose sharply."
    b = "*Ferrán said that prices fell sharply."
    fell = b.index("fell") - 1  # the marker's offsets are in the English it read, marks gone
    f = verify.blamed(Finding("altered", "meaning", "major", a, "x", b), ((fell, fell + 4, 0.9),))
    assert (f.before, f.after) == ("rose", "fell")
    assert [b[s:e] for s, e in f.after_spans] == ["fell"]


def test_a_finding_of_its_own_that_blames_a_word_the_mt_left_untranslated_is_the_mts():
    """Apertium passed "desalojadas" through, marked: the English lacks its meaning because the MT did."""
    o = "About 300 people were evacuated from their homes."
    e = "Some 300 people were *desalojadas of his houses."
    f = Finding("altered", "meaning", "major", o, "t", e, (0,), (0,), before="evacuated", after="desalojadas",
                after_spans=((22, 33),))
    assert e[22:33] == "desalojadas" and verify.untranslated(f)
    assert not verify.untranslated(replace(f, after="houses", after_spans=((42, 48),)))
    assert not verify.untranslated(replace(f, kind="name"))  # a rule's finding reads its own facts
