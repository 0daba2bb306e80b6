import pytest

from tcheck.facts.acronyms import LONGEST, as_spelled, stretches


@pytest.mark.parametrize("text, other, read", [
    ("Picture from VNA", "Photo from Vietnam News Agency", "Picture from Vietnam News Agency"),
    ("Picture from Vietnam News Agency", "Photo from VNA", "Picture from VNA"),
    ("the CSRC said", "the China Securities Regulatory Commission said",
     "the China Securities Regulatory Commission said"),
    # with or without the connectors' letters, and an acronym's own letters in the name
    ("The BOE raised rates", "The Bank of England raised rates", "The Bank of England raised rates"),
    ("The BE raised rates", "The Bank of England raised rates", "The Bank of England raised rates"),
    ("The UNSC met", "the UN Security Council met", "The UN Security Council met"),
    # the longest name where names overlap, whatever a shorter stretch of it spells
    ("The Hong Kong Monetary Authority said", "The HKMA said", "The HKMA said"),
])
def test_an_acronym_is_put_as_the_other_text_spells_it(text, other, read):
    assert as_spelled(text, other) == read


@pytest.mark.parametrize("text, other", [
    ("The WHO said", "The World Trade Organization said"),  # another body: the change stands
    ("The CCTV report", "The China Central Television report"),  # a looser spelling may be other words
    ("The HKMA (Hong Kong Monetary Authority) said", "The HKMA said"),  # both say the acronym
    ("The Hong Kong Monetary Authority (HKMA) said", "The HKMA said"),
    ("The Bank of England (BoE) said", "The BOE said"),  # whatever its capitals
    ("VNA and the Vietnam News Agency", "Vietnam News Agency"),  # both say the words
    ("Prices rose in May", "Prices rose in PM"),  # one capitalised word is no name to spell
])
def test_a_text_that_says_it_as_the_other_does_or_another_name_stays(text, other):
    assert as_spelled(text, other) == text


def test_a_long_run_of_capitals_is_read_in_stretches_of_at_most_the_longest_acronym():
    run = " ".join(["Alpha", "Beta", "Gamma", "Delta", "Echo"] * 40)
    found = stretches(f"{run} met.")
    assert max(len(s.caps) for s in found) == LONGEST
    assert len(found) < 200 * LONGEST  # not every stretch of the run, which grows by its square
    # ... and an acronym is still put as the other text spells it, within such a run
    assert as_spelled("The UNSC met.", f"{run} and the UN Security Council met.") == "The UN Security Council met."
