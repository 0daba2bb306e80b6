import numpy as np
import pytest

from tcheck.claims import ClaimConfig, candidates, missing_spans, novel, split, substituted, unsupported, without


@pytest.mark.parametrize("text, parts", [
    ("The bus hit a lorry near Gdańsk, and two people were injured.",
     ["The bus hit a lorry near Gdańsk", "and two people were injured."]),
    ("The storm felled trees, leaving 30,000 homes without power.",
     ["The storm felled trees", "leaving 30,000 homes without power."]),
    ("The minister resigned and will be replaced by her deputy.",
     ["The minister resigned", "and will be replaced by her deputy."]),
    ("The minister resigned on Tuesday.", ["The minister resigned on Tuesday."]),
])
def test_split(text, parts):
    assert split(text) == parts


def test_missing_spans_finds_inserted_phrase_not_paraphrased_numbers():
    assert missing_spans("The climber, aged 58, reached K2.", "The climber reached K2.", 2) == ["aged 58"]
    assert missing_spans("Forty tonnes of oil leaked.", "40 tonnes of oil leaked.", 2) == []
    assert missing_spans("Turnout was 67 per cent.", "Turnout was 67%.", 2) == []


def test_a_number_in_groups_of_three_is_one_number_and_a_currency_is_a_unit():
    assert missing_spans("A subsidy of 5,150 yuan in all.", "A subsidy of 5150 RMB in all.", 1) == []
    assert missing_spans("The fee is 1 200 000 kroner.", "The fee is 1200000 kroner.", 1) == []
    assert missing_spans("A subsidy of 5,150 yuan.", "A subsidy of 6,150 yuan.", 1) == ["5,150 yuan"]
    # a year before a count is two numbers
    assert missing_spans("In 2021 500 people died.", "In 2021 people died.", 1) == ["500"]


def test_a_day_that_the_other_side_lacks_is_a_claim_unless_it_names_a_date():
    # translated thresholds: a run needs 4 content words, a number or a day alone is enough
    assert missing_spans("Shares plunged after the report on Tuesday.", "Shares plunged after the report.", 4) == [
        "Tuesday"]
    said = "The minister resigned, the ministry said."
    assert missing_spans("The minister resigned in March, the ministry said.", said, 4) == ["March"]
    # beside a date that the other side names, the weekday says what the date says
    assert missing_spans("He left on Friday, 10 February.", "He left on 10 February.", 4) == []
    assert missing_spans("It may rain, officials said.", "It will rain, officials said.", 4) == []
    # a month beside its day's number: the number is the claim, and "11.11" says it
    assert missing_spans("The November 11 sales broke records.", "The 11.11 sales broke records.", 4) == []
    # a day alone is no name for the name comparator to judge
    cfg = ClaimConfig().translated()
    assert candidates("Shares plunged after the report on Tuesday.", "Shares plunged after the report.", cfg) == [
        "Tuesday"]


def test_candidates_and_without():
    text = "The court fined the firm 2 million euros and ordered it to compensate the victims."
    other = "The firm was fined 2 million euros by the court."
    [piece] = candidates(text, other)
    assert "compensate the victims" in piece
    assert without(text, piece).startswith("The court fined the firm 2 million euros")


def test_unsupported_keeps_pieces_whose_removal_helps():
    assert unsupported(["a", "b", "c"], np.array([0.05, -0.02, 0.0]), ClaimConfig(gain=0.0)) == ["a"]


def test_a_piece_whose_words_find_no_match_is_unsupported_though_cutting_it_gains_little():
    gains, supports = np.array([0.05, -0.02, 0.0]), np.array([0.9, 0.3, 0.5])
    assert unsupported(["a", "b", "c"], gains, ClaimConfig(gain=0.0, support=0.4), supports) == ["a", "b"]
    assert unsupported(["a", "b", "c"], gains, ClaimConfig(gain=0.0), supports) == ["a"]  # no threshold: unread
    assert ClaimConfig(translated_support=0.4).translated().support == 0.4


def test_a_piece_that_nothing_on_the_other_side_resembles_is_unsupported_though_cutting_it_gains_little():
    gains, matches = np.array([0.05, -0.02, 0.0]), np.array([1.0, 0.1, 0.6])
    assert unsupported(["a", "b", "c"], gains, ClaimConfig(gain=0.0, unmatched=0.25), None, matches) == ["a", "b"]
    assert unsupported(["a", "b", "c"], gains, ClaimConfig(gain=0.0), None, matches) == ["a"]  # no threshold: unread
    assert ClaimConfig(unmatched=0.25).translated().unmatched == 0.25


def test_split_ends_a_relative_clause_at_its_comma():
    assert split("Police say the driver, who did not have a licence, lost control near Gol.") == [
        "Police say the driver", "who did not have a licence", "lost control near Gol."]


def test_missing_spans_are_quoted_as_the_text_writes_them():
    # The run is found on digits ("2 districts") but cut from the text as written, so that
    # `without` can remove it.
    text = "The candidate conceded defeat and called for a recount in two districts."
    [span] = missing_spans(text, "The candidate conceded defeat.", 3)
    assert span == "called for a recount in two districts"
    assert without(text, span) == "The candidate conceded defeat and ."


def test_missing_spans_count_negations_and_numbers_and_look_through_quotes():
    other = "Police say the driver lost control of the car near Gol."
    assert missing_spans("Police say the driver, who did not have a licence, lost control of the car near Gol.",
                         other, 2) == [
        "not have a licence"]
    assert missing_spans("The government declared a 60-day state of emergency.",
                         "The government declared a state of emergency.", 2) == [
        "60-day"]
    assert missing_spans('Dunbar said the offer was "fair and affordable" and left.', "Dunbar left.", 3) == [
        'offer was "fair and affordable"']


def test_a_pure_insertion_may_be_shorter():
    original = "Police found the missing girl at a house in Hamar."
    cfg = ClaimConfig(span_words=3, pure_span_words=2)
    assert candidates("Police found the missing girl, cold and hungry, at a house in Hamar.", original, cfg) == [
        "cold and hungry"]
    # Where the other side has words of its own, two words may be a rewording: not a candidate.
    assert candidates("Police located the hungry girl at a house in Hamar.", original, cfg) == []


def test_in_mt_a_clause_of_its_own_needs_fewer_words_than_a_run():
    # MT rewords three-word runs freely ("day and night" / "tirelessly"); a clause it adds is a claim.
    cfg = ClaimConfig(span_words=3, clause_words=3, translated_span_words=4).translated()
    other = "A man was saved from the sea off Cornwall after his kayak capsized."
    rescued = "A man was rescued from the sea off Cornwall after his kayak capsized"
    assert candidates(f"{rescued}; he was flown to hospital with hypothermia.", other, cfg) == [
        "he was flown to hospital with hypothermia."]
    assert candidates(f"{rescued} in heavy winter fog.", other, cfg) == []
    assert candidates(f"{rescued} in heavy winter storm fog.", other, cfg) == ["heavy winter storm fog"]


@pytest.mark.parametrize("piece, text, other", [
    ("gave the go-ahead", "On Monday the council gave the go-ahead to plans for a cycle path.",
     "The council approved plans for a cycle path on Monday."),
    ("go off the rails", "Nobody knows what caused the train to go off the rails.",
     "Nobody knows what caused the train to derail."),
])
def test_substituted_piece_stands_where_the_other_side_has_words_of_its_own(piece, text, other):
    assert substituted(piece, text, other)


@pytest.mark.parametrize("piece, text, other", [
    # Nothing stands between "crisis" and the end on the other side: an insertion.
    ("at the request of France", "The council met to discuss the crisis, at the request of France.",
     "The council met to discuss the crisis."),
    # A long piece does not reword one word.
    ("killed and four were seriously injured", "Two people were killed and four were seriously injured near Lyngen.",
     "Two people died near Lyngen."),
    # The neighbour changed too: no telling which change stands for which.
    ("under investigation for fraud", "The mayor, who is under investigation for fraud, said he would not resign.",
     "The mayor said he would not step down."),
    # At the end, the words between the piece and its neighbour ("them") reword the other side's.
    ("and in Syria more than 3,500", "EU funds will not pay for them, and in Syria more than 3,500.",
     "EU funds will not pay for related costs."),
])
def test_not_substituted(piece, text, other):
    assert not substituted(piece, text, other)


def test_novel_reads_numbers_by_value():
    assert novel("three passengers were hurt", "3 passengers were hurt") == set()
    assert novel("four passengers were hurt", "3 passengers were hurt") == {"4"}
    assert novel("the 3 passengers", "three passengers") == set()


def test_unsupported_reports_a_loss_once_as_the_larger_piece():
    pieces = ["and organisers promised to refund all tickets.", "organisers promised to refund all tickets"]
    assert unsupported(pieces, np.array([0.12, 0.13])) == ["and organisers promised to refund all tickets."]


def test_a_list_item_or_a_prepositional_phrase_may_be_a_word_shorter():
    assert missing_spans("The budget has money for roads, hospitals and police stations in Alta.",
                         "The budget contains money for roads and hospitals in Alta.", 3) == ["police stations"]
    assert missing_spans("The climber was airlifted to hospital with a broken leg.",
                         "The climber was flown to hospital.", 3) == ["broken leg"]
    assert missing_spans("The climber was airlifted to hospital.", "The climber was flown to hospital.", 3) == []


def test_a_bodys_name_that_the_other_side_gives_another_name_of_is_no_part():
    cfg = ClaimConfig()
    other = "Payments from NAV rose by 4 percent last year."
    for c in (cfg, cfg.translated()):
        assert candidates("Payments from the Norwegian Labour and Welfare Administration rose by 4 percent last "
                          "year.", other, c) == []
    # Two names joined by "and" that the other side lacks are a part like any other.
    assert "Ministry of Finance and the Central Bank" in candidates(
        "Officials from the Ministry of Finance and the Central Bank attended the meeting in Beijing.",
        "Officials attended the meeting in Beijing.", cfg.translated())


def test_a_bodys_name_whose_capitals_spell_the_other_sides_acronym_is_no_part():
    cfg = ClaimConfig()
    text = "The Organisation for Economic Co-operation and Development cut its forecast for the year."
    for c in (cfg, cfg.translated()):
        assert candidates(text, "The OECD cut its forecast for the year.", c) == []
    assert candidates(text, "The IMF cut its forecast for the year.", cfg.translated()) != []
