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


def test_a_rendering_of_something_else_does_not_fit():
    from tcheck.rendering import misfit

    source = pipeline.prepare("Kommunestyret møttes tirsdag. Det vedtok planen. " * 5, "nb")
    assert misfit(source, pipeline.prepare("The council met on Tuesday. It approved the plan. " * 5, "en")) is None
    assert "sentences against" in misfit(source, pipeline.prepare("The council met.", "en"))
    long_one = pipeline.prepare(("The council met on Tuesday and talked for a very long time about " * 6 + "it. ") * 10,
                                "en")
    assert "times as long" in misfit(source, long_one)
