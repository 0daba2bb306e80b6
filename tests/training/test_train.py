import pytest

pytestmark = pytest.mark.xdist_group("torch")  # train.py imports torch: one worker alone pays for it


def test_an_adapter_sits_on_the_device_of_the_layer_it_adapts():
    import torch
    from train import LowRank

    # A GPU's layer took CPU tensors before: "Expected all tensors to be on the same device".
    base = torch.nn.Linear(4, 3, device="meta")
    low = LowRank(base, rank=2, alpha=4.0)
    assert {p.device.type for p in low.parameters()} == {"meta"}


def test_an_adapter_starts_as_the_layer_it_adapts():
    import torch
    from train import LowRank

    base = torch.nn.Linear(4, 3)
    x = torch.randn(5, 4)
    assert torch.equal(LowRank(base, rank=2, alpha=4.0)(x), base(x))


def test_each_token_is_marked_where_its_side_marks_the_change_and_unknown_where_it_marks_none():
    from dataset import Example
    from train import _token_targets
    from transformers import AutoTokenizer

    from tcheck.backends.sbert import default_model_path

    tokenizer = AutoTokenizer.from_pretrained(str(default_model_path()))
    reference, rendering = "Prices rose sharply.", "Prices fell sharply."
    e = Example(reference, rendering, "altered", "antonym", "d", marks=((), ((7, 11),)))
    unknown = Example(reference, rendering, "altered", "antonym", "d", marks=(None, ((7, 11),)))
    enc = tokenizer([reference] * 2, [rendering] * 2, return_offsets_mapping=True, return_tensors="pt", padding=True)
    ids = enc["input_ids"].tolist()
    known, marked = _token_targets([e, unknown], enc)

    assert "offset_mapping" not in enc  # the model takes none
    words = tokenizer.convert_ids_to_tokens(ids[0])
    assert [w for w, m in zip(words, marked[0].tolist()) if m] == ["fell"]
    assert known[0].sum() == len(words) - 3  # every word of both sides; not [CLS] or the two [SEP]s
    assert not known[1, :len(tokenizer(reference)["input_ids"])].any()  # the reference's marks unknown
    assert marked[1].tolist() == marked[0].tolist()
