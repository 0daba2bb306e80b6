"""Every fact comparator implements one interface: compare(Pair) -> list[Change]."""

import pytest

from tcheck.facts import COMPARATORS, Pair, misrendered, names
from tcheck.types import Change

CHANGED = {
    "numbers": Pair("The bridge cost 340 million.", "The bridge cost 430 million."),
    "currencies": Pair("The bridge cost 340 million kroner.", "The bridge cost 340 million euros."),
    "dates": Pair("They met on 27 March.", "They met on 27 May."),
    "names": Pair("The report was written by Linn Aasheim.", "The report was written by Marit Strand."),
    "negation": Pair("The council approved the plan.", "The council did not approve the plan."),
    "hedges": Pair("He allegedly took the money.", "He took the money."),
    "quotes": Pair('She said: "We will appeal the ruling."', 'She said: "We will accept the ruling."', verbatim=True),
}


@pytest.mark.parametrize("comparator", COMPARATORS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_each_comparator_finds_its_fact_through_the_interface(comparator):
    pair = CHANGED[comparator.__name__.rsplit(".", 1)[-1]]
    changes = comparator.compare(pair)
    assert changes and all(isinstance(c, Change) for c in changes)
    assert comparator.compare(Pair(pair.original, pair.original, verbatim=pair.verbatim)) == []


def test_names_read_a_title_case_heading_word_by_word_and_read_the_source():
    # In title case a capital marks no name: the words WordNet knows in lower case are none.
    assert names.compare(Pair("Storm Hits Bergen Harbour", "Storm Strikes Bergen Port")) == []
    [change] = names.compare(Pair("Storm Hits Bergen Harbour", "Storm Strikes Oslo Port"))
    assert (change.before, change.after) == ("Bergen", "Oslo")
    # A heading in sentence case is read as a sentence.
    [change] = names.compare(Pair("Relief for the Turkey-Syria earthquake continues",
                                  "Earthquake relief in Belgium and Syria continues"))
    assert (change.before, change.after) == ("Turkey-Syria", "Belgium")
    # A name the foreign text still holds was passed through by the MT, not changed by the translator.
    assert names.compare(Pair("Kari Nordmann spoke.", "Kari Northman spoke.", source="Kari Nordmann talte.")) == []


def test_the_source_may_show_the_mts_english_wrong_about_a_number_or_a_negation():
    assert misrendered(Pair("Newcastle drop to eighth.", "The Newcastle falls to the octave.",
                            "El Newcastle cae a la octava.", "es"))
    assert misrendered(Pair("Neither was hurt.", "Any of them was hurt.", "Ninguna resultó herida.", "es"))
    assert not misrendered(Pair("Neither was hurt.", "Any of them was hurt.", "Todas resultaron heridas.", "es"))
    assert not misrendered(Pair("Prices rose.", "Prices fell.", "Los precios cayeron.", "es"))  # no exact fact
