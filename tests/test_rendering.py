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
