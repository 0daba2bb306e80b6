import numpy as np
import pytest

from tcheck.claims import ClaimConfig, candidates, missing_spans, split, unsupported, without


@pytest.mark.parametrize("text, parts", [
    ("The bus hit a lorry near Gdańsk, and two people were injured.", ["The bus hit a lorry near Gdańsk", "and two people were injured."]),
    ("The storm felled trees, leaving 30,000 homes without power.", ["The storm felled trees", "leaving 30,000 homes without power."]),
    ("The minister resigned and will be replaced by her deputy.", ["The minister resigned", "and will be replaced by her deputy."]),
    ("The minister resigned on Tuesday.", ["The minister resigned on Tuesday."]),
])
def test_split(text, parts):
    assert split(text) == parts


def test_missing_spans_finds_inserted_phrase_not_paraphrased_numbers():
    assert missing_spans("The climber, aged 58, reached K2.", "The climber reached K2.", 2) == ["aged 58"]
    assert missing_spans("Forty tonnes of oil leaked.", "40 tonnes of oil leaked.", 2) == []
    assert missing_spans("Turnout was 67 per cent.", "Turnout was 67%.", 2) == []


def test_candidates_and_without():
    text = "The court fined the firm 2 million euros and ordered it to compensate the victims."
    other = "The firm was fined 2 million euros by the court."
    [piece] = candidates(text, other)
    assert "compensate the victims" in piece
    assert without(text, piece).startswith("The court fined the firm 2 million euros")


def test_unsupported_keeps_pieces_whose_removal_helps():
    assert unsupported(["a", "b", "c"], np.array([0.05, -0.02, 0.0]), ClaimConfig(gain=0.0)) == ["a"]
