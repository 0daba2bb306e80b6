"""Build a tiny, real Argos Translate package offline, for tests of the Argos path.

The package has the layout Argos expects: one top folder holding `metadata.json`,
`sentencepiece.model` and a CTranslate2 `model/` folder. The model is a 2+2 layer
Transformer with random weights, so it translates into gibberish, but it runs
through exactly the code a real package does (tokenize, CTranslate2, detokenize).
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
CORPUS = (REPO / "fixtures/nb-council/translation.nb.txt", REPO / "fixtures/nb-council/original.en.txt")

@dataclass(frozen=True)
class Shape:
    """The package's Transformer: the tests' tiny one unless told otherwise (benchmarks/argos_speed.py
    builds one of Argos's own size)."""

    d_model: int = 32
    ffn: int = 64
    layers: int = 2
    heads: int = 2
    vocabulary: int = 0  # pieces in the model: the SentencePiece ones, padded with unused ones up to this
    end_bias: float = 0.0  # added to the end token's output bias: random weights never end a sentence
    quantization: str | None = None  # as CTranslate2 saves the weights ("int8": as Argos packages are)


TINY = Shape()
MAX_POSITIONS = 1024  # > CTranslate2's decoding limit that tcheck asks for (512)
VOCAB = 300


def build_argosmodel(out_dir: Path, from_code: str = "nb", to_code: str = "en", shape: Shape = TINY) -> Path:
    """Write `out_dir/translate-<from>_<to>-tiny.argosmodel` and return its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"translate-{from_code}_{to_code}-tiny"
    with tempfile.TemporaryDirectory() as tmp:
        top = Path(tmp) / name
        top.mkdir()
        vocab = train_sentencepiece(top / "sentencepiece.model", Path(tmp))
        save_transformer(top / "model", vocab, shape=shape)
        metadata = {
            "package_version": "0.0.1",
            "argos_version": "1.9",
            "from_code": from_code,
            "from_name": "Norwegian",
            "to_code": to_code,
            "to_name": "English",
            "type": "translate",
        }
        (top / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        archive = out_dir / f"{name}.argosmodel"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(top.rglob("*")):
                if path.is_file():
                    z.write(path, path.relative_to(Path(tmp)).as_posix())
    return archive


def train_sentencepiece(model_path: Path, work: Path) -> list[str]:
    """Train a small SentencePiece model on the fixtures; return its pieces in id order."""
    import sentencepiece as spm

    corpus = work / "corpus.txt"
    lines = [line.strip() for p in CORPUS for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prefix = work / "sp"
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=VOCAB,
        model_type="unigram",
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=1,
        minloglevel=2,  # quiet
    )
    shutil.move(f"{prefix}.model", model_path)
    sp = spm.SentencePieceProcessor(model_file=str(model_path))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    # SentencePiece's defaults are the special tokens CTranslate2 expects.
    assert pieces[:3] == ["<unk>", "<s>", "</s>"], pieces[:3]
    return pieces


def _specs():
    """ctranslate2's model specs without torch, which they import only to accept torch tensors (these
    weights are numpy arrays): importing it costs a test process about 8 s."""
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # `import torch` raises ImportError
    try:
        from ctranslate2.specs import common_spec, transformer_spec
    finally:
        if hide:
            del sys.modules["torch"]
    return common_spec, transformer_spec


def save_transformer(model_dir: Path, vocab: list[str], seed: int = 0, shape: Shape = TINY) -> None:
    """Save a randomly initialised CTranslate2 Transformer over `vocab` (shared source/target)."""
    common_spec, transformer_spec = _specs()

    rng = np.random.default_rng(seed)
    d = shape.d_model

    def rand(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.1).astype(np.float32)

    def linear(spec: common_spec.LinearSpec, out_dim: int, in_dim: int) -> None:
        spec.weight = rand(out_dim, in_dim)
        spec.bias = rand(out_dim)

    def norm(spec: common_spec.LayerNormSpec) -> None:
        spec.gamma = np.ones(d, dtype=np.float32)
        spec.beta = np.zeros(d, dtype=np.float32)

    def ffn(spec: transformer_spec.FeedForwardSpec) -> None:
        norm(spec.layer_norm)
        linear(spec.linear_0, shape.ffn, d)
        linear(spec.linear_1, d, shape.ffn)

    def self_attention(spec) -> None:
        norm(spec.layer_norm)
        q_kv, out = spec.linear
        linear(q_kv, 3 * d, d)  # fused query, key, value
        linear(out, d, d)

    def cross_attention(spec) -> None:
        norm(spec.layer_norm)
        query, kv, out = spec.linear
        linear(query, d, d)
        linear(kv, 2 * d, d)  # fused key, value over the encoder output
        linear(out, d, d)

    spec = transformer_spec.TransformerSpec.from_config((shape.layers, shape.layers), shape.heads)
    vocab = vocab + [f"▁unused{i}" for i in range(shape.vocabulary - len(vocab))]
    n = len(vocab)
    positions = sinusoids(MAX_POSITIONS, d)

    encoder = spec.encoder
    encoder.embeddings[0].weight = rand(n, d)
    encoder.position_encodings.encodings = positions
    norm(encoder.layer_norm)
    for layer in encoder.layer:
        self_attention(layer.self_attention)
        ffn(layer.ffn)

    decoder = spec.decoder
    decoder.embeddings.weight = rand(n, d)
    decoder.position_encodings.encodings = positions
    norm(decoder.layer_norm)
    linear(decoder.projection, n, d)
    decoder.projection.bias[vocab.index("</s>")] += shape.end_bias
    for layer in decoder.layer:
        self_attention(layer.self_attention)
        cross_attention(layer.attention)
        ffn(layer.ffn)

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    if shape.quantization:
        spec.optimize(quantization=shape.quantization)
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


def sinusoids(length: int, depth: int) -> np.ndarray:
    """The Transformer's sinusoidal position table, as OpenNMT lays it out (sin half, then cos half)."""
    half = depth // 2
    rates = np.exp(-np.log(10000.0) * np.arange(half) / max(half - 1, 1))
    angles = np.arange(length)[:, None] * rates[None, :]
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1).astype(np.float32)
