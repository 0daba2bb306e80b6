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
