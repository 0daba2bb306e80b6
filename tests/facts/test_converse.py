import pytest

from tcheck.facts.converse import turned
from tcheck.facts.negation import diff


@pytest.mark.parametrize("swap, original, translation", [
    (("weakened", "strengthened"), "The yen weakened against the dollar.", "The dollar strengthened against the yen."),
    (("more", "less"), "Men in the sector earn more than women.", "Women in the sector earn less than men."),
    (("expensive", "cheaper"), "Gold is more expensive than silver.", "Silver is cheaper than gold."),
    (("before", "after"), "The vote came before the debate.", "The debate came after the vote."),
    (("rose", "fell"), "The euro rose against the pound on Friday.", "On Friday, the pound fell against the euro."),
])
def test_a_relation_turned_round_with_its_terms_is_a_converse(swap, original, translation):
    assert turned(swap, (original, translation))
    assert turned(swap[::-1], (translation, original))
    assert diff(original, translation) == []


@pytest.mark.parametrize("swap, original, translation", [
    # the terms stand where they stood
    (("weakened", "strengthened"), "The yen weakened against the dollar.", "The yen strengthened against the dollar."),
    (("more", "less"), "Men in the sector earn more than women.", "Men in the sector earn less than women."),
    # a passive turns its terms round with no converse
    (("convicted", "acquitted"), "The court convicted the man of fraud.",
     "The man was acquitted of fraud by the court."),
    (("approved", "rejected"), "The Storting approved the proposal to ban fur farming.",
     "The proposal to ban fur farming was rejected by the Storting."),
    # a verb with no frame after it relates nothing: the sentence was only reworded around it
    (("increased", "decreased"), "Doctors say the new treatment has increased survival rates among patients.",
     "Doctors say survival rates among patients have decreased with the new treatment."),
    # a clause moved to the other end turns one term, not both
    (("more", "fewer"), "After profits rose, the firm hired more staff than planned.",
     "The firm hired fewer staff than planned after profits rose."),
    (("several", "all"),
     "According to a report today, two women were rescued after surviving several days in the rubble.",
     "Two women were rescued from the rubble after surviving for all days, according to a report today."),
])
def test_a_relation_changed_is_no_converse(swap, original, translation):
    assert not turned(swap, (original, translation))
    assert diff(original, translation)[0].kind == "opposite"


def test_a_word_the_text_lacks_relates_nothing():
    assert not turned(("rose", "fell"), ("Prices went up.", "Prices fell against wages."))
