from tcheck import pipeline
from tcheck.rendering import pair
from tcheck.types import Document, Segment


def doc(*paragraphs):
    return Document(tuple(Segment(t, p) for p, para in enumerate(paragraphs) for t in para), "x")


def test_same_shape_pairs_one_to_one():
    assert pair(doc(["a.", "b."], ["c."]), doc(["A.", "B."], ["C."])) == ["A.", "B.", "C."]


def test_uneven_paragraph_spreads_by_length():
    src = doc(["A long first sentence here.", "Short."])
    ren = doc(["A long first", "sentence here.", "Short."])
    assert pair(src, ren) == ["A long first sentence here.", "Short."]


NB = ["Publisert 14. mars 2025."], ["Kommunestyret vedtok tirsdag å selge tomta for 12 millioner kroner."], \
    ["Ordføreren sa at 40 nye arbeidsplasser er ventet.", "Opposisjonen stemte mot."], ["Saken ble avgjort."]
EN = ["Published 14 March 2025."], ["The council voted on Tuesday to sell the site for 12 million kroner."], \
    ["The mayor said that 40 new jobs are expected.", "The opposition voted against."], ["The matter was decided."]


def test_a_paragraph_that_the_rendering_lacks_gets_no_english_and_moves_no_other():
    """A heading put into the translation after the rendering was made: the rest still pairs with its own."""
    assert pair(doc(["Kommunestyret"], *NB), doc(*EN)) == ["", *[t for p in EN for t in p]]
    # A rendering of a draft that held a paragraph more, in an article of ten.
    nb = [[f"Punkt {k}: kommunen bruker {k * 13} millioner kroner på skoler og veier i år."] for k in range(10)]
    en = [[f"Item {k}: the municipality spends {k * 13} million kroner on schools and roads this year."]
          for k in range(10)]
    assert pair(doc(*nb[:4], *nb[5:]), doc(*en)) == [p[0] for k, p in enumerate(en) if k != 4]


def test_paragraphs_split_or_joined_pair_as_groups():
    joined = doc(NB[0], NB[1] + NB[2], NB[3])
    assert pair(joined, doc(*EN)) == [t for p in EN for t in p]
    split = doc(NB[0], NB[1], NB[2][:1], NB[2][1:], NB[3])
    assert pair(split, doc(EN[0], EN[1], EN[2], EN[3])) == [t for p in EN for t in p]


def test_a_long_rendering_with_a_paragraph_put_in_pairs_quickly():
    import time

    source = doc(*[[f"Avsnitt {k} har {k * 7} ord."] for k in range(3000)])
    rendering = doc(*[[f"Paragraph {k} has {k * 7} words."] for k in range(3000) if k != 1500])
    t0 = time.perf_counter()
    english = pair(source, rendering)
    assert english[1499:1502] == ["Paragraph 1499 has 10493 words.", "", "Paragraph 1501 has 10507 words."]
    assert time.perf_counter() - t0 < 20  # a guard against a quadratic walk (about a second here), not a benchmark


def test_a_rendering_of_something_else_does_not_fit():
    from tcheck.rendering import misfit

    source = pipeline.prepare("Kommunestyret møttes tirsdag. Det vedtok planen. " * 5, "nb")
    assert misfit(source, pipeline.prepare("The council met on Tuesday. It approved the plan. " * 5, "en")) is None
    assert "sentences against" in misfit(source, pipeline.prepare("The council met.", "en"))
    long_one = pipeline.prepare(("The council met on Tuesday and talked for a very long time about " * 6 + "it. ") * 10,
                                "en")
    assert "times as long" in misfit(source, long_one)
