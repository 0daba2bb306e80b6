import torch

from train import LowRank


def test_an_adapter_sits_on_the_device_of_the_layer_it_adapts():
    # A GPU's layer took CPU tensors before: "Expected all tensors to be on the same device".
    base = torch.nn.Linear(4, 3, device="meta")
    low = LowRank(base, rank=2, alpha=4.0)
    assert {p.device.type for p in low.parameters()} == {"meta"}


def test_an_adapter_starts_as_the_layer_it_adapts():
    base = torch.nn.Linear(4, 3)
    x = torch.randn(5, 4)
    assert torch.equal(LowRank(base, rank=2, alpha=4.0)(x), base(x))
