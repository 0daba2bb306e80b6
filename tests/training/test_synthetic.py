import random

import pytest
import synthetic

from tcheck.facts import antonyms

POOL = synthetic.Pool(names=("Erna Solberg",), clauses=("while prices fell in the north",),
                      sentences=("The ministry declined to comment on the figures.",))


def planted(kind: str, text: str, seed: int = 0):
    return synthetic.plant(kind, text, random.Random(seed), POOL)


def test_a_number_changes_one_digit_and_nothing_else():
    p = planted("number", "The council spent 340 million on 12 schools.")
    assert p.kind == "number" and p.label == "altered" and p.before in {"340", "12"}
    assert p.text.replace(p.after, p.before, 1) == "The council spent 340 million on 12 schools."


def test_an_antonym_comes_from_the_table():
    p = planted("antonym", "Exports rise when the currency is weak.")
    assert p.after in antonyms.opposites(p.before, synthetic.PLANTED_PAIRS) and p.before in {"rise", "weak"}


def test_an_antonym_comes_from_the_pairs_the_sets_were_planted_with_not_from_pairs_added_since():
    # The checker's pairs grow ("up" / "decrease"); a planting from them would change the benchmark's sets.
    assert "up" in antonyms.opposites("decrease")
    assert "up" not in antonyms.opposites("decrease", synthetic.PLANTED_PAIRS)
    found = {planted("antonym", "Exports decrease in winter.", seed).after for seed in range(30)}
    assert "increase" in found and "up" not in found


def test_a_quote_changes_inside_its_quotation_marks():
    p = planted("quote", 'She called the plan "a serious mistake" on Monday.')
    assert p.text.startswith('She called the plan "') and p.text.endswith('" on Monday.')
    assert p.before in {"serious", "mistake"} and p.after not in p.before


def test_additions_come_from_other_documents():
    assert planted("clause_add", "Prices rose in the south.").after == POOL.clauses[0]
    p = planted("sentence_add", "Prices rose. Wages did not.")
    assert p.label == "added" and POOL.sentences[0] in p.text


@pytest.mark.parametrize("text", [
    "The plant closed in May after a long strike. China.",  # a word that MT left dangling
    "3. Be wary of fake websites and check every address.",  # a list's number splits off as a sentence
    "Talks resumed on Monday. Officials said little about them. China.",
])
def test_a_sentence_drop_drops_a_claim_not_a_fragment(text):
    for seed in range(20):
        p = planted("sentence_drop", text, seed)
        assert p.label == "dropped" and len(p.before.split()) >= synthetic.CLAIM_WORDS
        assert p.text == text.replace(p.before, "").replace("  ", " ").strip()


def test_a_sentence_drop_takes_one_draw_whatever_it_drops():
    # The planters share one random stream: a fragment skipped must not move every later draw.
    for seed in range(20):
        a, b = random.Random(seed), random.Random(seed)
        synthetic.plant("sentence_drop", "Talks resumed. China.", a, POOL)
        synthetic.plant("sentence_drop", "Talks resumed on Monday. Nobody came.", b, POOL)
        assert a.random() == b.random()


def test_one_sentence_has_none_to_drop():
    assert planted("sentence_drop", "Talks resumed on Monday in Oslo.") is None
