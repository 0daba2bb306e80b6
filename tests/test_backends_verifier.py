"""The verifier backend: tcheck's packaged weights, and any cross-encoder by path (tiny ones built here)."""

import numpy as np
import pytest

from tcheck.backends.verifier import CrossEncoderVerifier, packaged_name
from tcheck.errors import ModelMissing
from tcheck.verify import CLASSES
from verifier_tiny import build

pytestmark = pytest.mark.xdist_group("torch")  # sentence-transformers models: conftest.embedder

ORIGINALS = ["The council approved the plan on Monday.", "Prices rose 4 percent.", "She left."]
RENDERINGS = ["The plan was rejected by the council on Monday.", "Prices rose four percent.",
              "She left the party early."]


def assert_probabilities(p: np.ndarray, n: int) -> None:
    assert p.shape == (n, len(CLASSES))
    assert np.all(p >= 0) and np.allclose(p.sum(axis=1), 1, atol=1e-5)


@pytest.fixture(scope="module")
def packaged():
    return CrossEncoderVerifier()


def test_packaged_verifier_loads_offline_and_reads_a_batch(packaged):
    p = packaged.classify(ORIGINALS, RENDERINGS)
    assert_probabilities(p, 3)
    assert packaged.name == packaged_name() and packaged.name.startswith("tcheck-verifier@")
    assert packaged.classify([], []).shape == (0, 4)


def test_packaged_verifier_is_the_same_alone_and_in_a_batch(packaged):
    alone = packaged.classify(ORIGINALS[:1], RENDERINGS[:1])
    assert np.allclose(alone[0], packaged.classify(ORIGINALS, RENDERINGS)[0], atol=1e-4)


def test_packaged_verifier_tells_an_opposite_from_a_paraphrase(packaged):
    p = packaged.classify(["The proposal was approved by a large majority."] * 2,
                          ["A large majority voted for the proposal.",
                           "The proposal was rejected by a large majority."])
    assert p[1, 0] < p[0, 0]


def test_packaged_verifier_marks_the_word_that_turns_the_meaning(packaged):
    original = "The proposal was approved by a large majority."
    rendering = "The proposal was rejected by a large majority."
    (marks,) = packaged.marks([original], [rendering])
    start, end, _ = max(marks, key=lambda m: m[2])
    assert rendering[start:end] == "rejected"


def test_a_cross_encoder_with_tchecks_labels(tmp_path):
    v = CrossEncoderVerifier(str(build(tmp_path / "tiny", list(CLASSES))))
    assert_probabilities(v.classify(ORIGINALS, RENDERINGS), 3)
    assert v.name == str(tmp_path / "tiny")
    assert not v.symmetric  # pipeline.judge reads it both ways round


def test_an_nli_model_is_read_both_ways(tmp_path):
    v = CrossEncoderVerifier(str(build(tmp_path / "nli", ["contradiction", "entailment", "neutral"])))
    assert_probabilities(v.classify(ORIGINALS, RENDERINGS), 3)
    assert v.marks(ORIGINALS, RENDERINGS) is None  # no marker: the content words name what to blame
    assert v.symmetric  # so pipeline.judge reads it once
    forward, backward = v.classify(ORIGINALS, RENDERINGS), v.classify(RENDERINGS, ORIGINALS)
    assert np.allclose(forward, backward[:, [0, 1, 3, 2]], atol=1e-6)


def test_a_one_output_model_scores_faithfulness(tmp_path):
    v = CrossEncoderVerifier(str(build(tmp_path / "one", ["LABEL_0"])))
    p = v.classify(ORIGINALS, RENDERINGS)
    assert_probabilities(p, 3)
    assert np.all(p[:, 2:] == 0)


def test_labels_it_cannot_read_are_one_line(tmp_path):
    v = CrossEncoderVerifier(str(build(tmp_path / "odd", ["cat", "dog"])))
    with pytest.raises(ModelMissing, match="neither tcheck's nor entailment's"):
        v.classify(ORIGINALS, RENDERINGS)


def test_a_missing_model_is_one_line(tmp_path):
    with pytest.raises(ModelMissing, match="cannot load verifier"):
        CrossEncoderVerifier(str(tmp_path / "nothing-here"))


def _tcheck_folder(folder, adapter: dict) -> dict:
    """A verifier folder as training/train.py writes it: a delta, and an adapter of low-rank tensors."""
    import json

    import torch
    from safetensors.torch import save_file

    config = {"base": "all-MiniLM-L6-v2", "labels": list(CLASSES), "layers": 1, "max_length": 64,
              "adapter": {"file": "adapter.safetensors", "rank": 2}}
    folder.mkdir()
    save_file({"classifier.bias": torch.tensor([3.0, 0.0, 0.0, 0.0])}, str(folder / "delta.safetensors"))
    save_file(adapter, str(folder / "adapter.safetensors"))
    (folder / "verifier.json").write_text(json.dumps(config), encoding="utf-8")
    return config


QUERY = "bert.encoder.layer.5.attention.self.query.weight"


def test_an_adapter_is_laid_over_the_weights(tmp_path):
    import torch

    from tcheck.backends.verifier import load_cross_encoder

    torch.manual_seed(0)
    a, b = torch.randn(2, 384), torch.randn(384, 2)
    config = _tcheck_folder(tmp_path / "v", {f"{QUERY}.lora_a": a, f"{QUERY}.lora_b": b})
    base = dict(load_cross_encoder(config, None).model.named_parameters())
    laid = dict(load_cross_encoder(config, tmp_path / "v").model.named_parameters())
    unadapted = dict(load_cross_encoder(config, tmp_path / "v", adapter=False).model.named_parameters())
    assert torch.allclose(laid[QUERY], base[QUERY] + b @ a, atol=1e-5)
    assert torch.equal(unadapted[QUERY], base[QUERY])
    assert laid["classifier.bias"].tolist() == unadapted["classifier.bias"].tolist() == [3.0, 0.0, 0.0, 0.0]
    v = CrossEncoderVerifier(str(tmp_path / "v"))
    assert_probabilities(v.classify(ORIGINALS, RENDERINGS), 3)


def test_an_adapter_that_does_not_fit_is_one_line(tmp_path):
    import torch

    _tcheck_folder(tmp_path / "v", {"bert.no.such.weight.lora_a": torch.zeros(2, 4),
                                    "bert.no.such.weight.lora_b": torch.zeros(4, 2)})
    with pytest.raises(ModelMissing, match="do not fit the base model"):
        CrossEncoderVerifier(str(tmp_path / "v"))
