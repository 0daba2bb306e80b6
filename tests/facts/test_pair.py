"""Every fact comparator implements one interface: compare(Pair) -> list[Change]."""

import pytest

from tcheck.facts import COMPARATORS, Pair, names
from tcheck.types import Change

CHANGED = {
    "numbers": Pair("The bridge cost 340 million.", "The bridge cost 430 million."),
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


def test_names_leave_headings_alone_and_read_the_source():
    assert names.compare(Pair("Storm Hits Bergen Harbour", "Storm Strikes Oslo Port", headings=True)) == []
    # A name the foreign text still holds was passed through by the MT, not changed by the translator.
    assert names.compare(Pair("Kari Nordmann spoke.", "Kari Northman spoke.", source="Kari Nordmann talte.")) == []
