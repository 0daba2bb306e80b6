import pytest

pytestmark = pytest.mark.xdist_group("torch")  # soup.py imports torch: one worker alone pays for it


def test_a_soup_is_the_mean_of_its_verifiers_weights_stored_as_train_py_stores_them():
    import torch
    from soup import mean

    a = {"classifier.weight": torch.tensor([[1.0, 2.0]]), "classifier.bias": torch.tensor([0.5])}
    b = {"classifier.weight": torch.tensor([[3.0, -2.0]]), "classifier.bias": torch.tensor([1.5])}
    soup = mean([a, b])
    assert soup["classifier.weight"].tolist() == [[2.0, 0.0]] and soup["classifier.bias"].tolist() == [1.0]
    assert {t.dtype for t in soup.values()} == {torch.float16}


def test_verifiers_that_train_different_parts_make_no_soup():
    import torch
    from soup import mean

    with pytest.raises(SystemExit, match="one recipe"):
        mean([{"a": torch.zeros(1)}, {"a": torch.zeros(1), "b": torch.zeros(1)}])
