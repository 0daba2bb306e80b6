"""Export the packaged embedder and verifier to ONNX: run once per installed model, with torch.

onnxruntime then runs them without torch (tcheck/backends/onnx.py). The export is written beside its
target and renamed into place, so a check never reads half an export, and two at once do no harm.
"""
from __future__ import annotations

import hashlib
import json
import math
import shutil
import tempfile
import warnings
from pathlib import Path

INPUTS = ["input_ids", "attention_mask", "token_type_ids"]
OPSET = 17
WEIGHTS = "model.data"  # an export's weights, beside its graph (model.onnx): _weights_apart says why
OUTPUTS = ("output", "hidden")  # an export's outputs, by name: the first, and the verifier's last hidden state


def embedder(target: Path, sources: list[Path] = ()) -> Path:
    """Write the packaged embedder as ONNX into `target`; its tcheck.json names the `sources` it was
    made from (prepared.prune reads them)."""
    return _export(_embedder, target, sources)


def verifier(target: Path, sources: list[Path] = ()) -> Path:
    """As `embedder`, for tcheck's packaged verifier."""
    return _export(_verifier, target, sources)


def _export(build, target: Path, sources: list[Path]) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        with warnings.catch_warnings():  # the exporter's tracer warnings are about code that is not ours
            warnings.simplefilter("ignore")
            meta = build(scratch)
        meta["words"] = _words(scratch)
        meta["sources"] = [str(Path(path).resolve()) for path in sources]
        (scratch / "tcheck.json").write_text(json.dumps(meta), encoding="utf-8")
        scratch.chmod(0o755)  # mkdtemp's 0700 would hide a shared cache from other users
        try:
            scratch.rename(target)
        except OSError:  # another process got there first: its export is as good as this one
            if not (target / "tcheck.json").exists():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def _embedder(out: Path) -> dict:
    """Writes the model and its tokenizer; returns what tcheck.json says of them."""
    from .sbert import DEFAULT, SbertEmbedder, default_model_path

    # float32 weights as packaged: rounded to bfloat16 and back, the export moved each token vector
    # by up to 0.002 on machines with bfloat16 units.
    st = SbertEmbedder(bfloat16=False)._model
    _write(_plain(st[0].auto_model, "last_hidden_state"), default_model_path(), out)
    return {"model": DEFAULT, "max_length": st.max_seq_length, "dim": st.get_sentence_embedding_dimension()}


def _verifier(out: Path) -> dict:
    """As _embedder, for tcheck's verifier."""
    from .sbert import default_model_path
    from .verifier import PACKAGED, load_cross_encoder, packaged_name

    config = json.loads((PACKAGED / "verifier.json").read_text(encoding="utf-8"))
    cross = load_cross_encoder(config, PACKAGED)
    # The last hidden state too, for the marker (tcheck/marker.py), which reads it where the verifier
    # raises a finding of its own.
    _write(_plain(cross.model, "logits", "hidden"), default_model_path(), out)
    if config.get("marker"):
        shutil.copy(PACKAGED / config["marker"]["file"], out / config["marker"]["file"])
    return {"model": packaged_name(), "max_length": config["max_length"], "labels": config["labels"],
            "support": config.get("support"), "marker": config.get("marker")}


def _write(net, base: Path, out: Path) -> None:
    import torch

    ids = torch.ones((2, 8), dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    outputs = list(OUTPUTS[:len(net.fields)])
    for name, field in zip(outputs, net.fields):
        axes[name] = {0: "batch"} if field == "logits" else {0: "batch", 1: "tokens"}
    # The TorchScript exporter: one self-contained file, in seconds; the dynamo one takes 3x as long
    # and needs onnxscript. Deprecated in torch 2.9, still there in the pinned 2.13.
    torch.onnx.export(net.eval(), (ids, ids, torch.zeros_like(ids)), str(out / "model.onnx"), input_names=INPUTS,
                      output_names=outputs, dynamic_axes=axes,
                      opset_version=OPSET, dynamo=False)
    _weights_apart(out / "model.onnx")
    shutil.copy(base / "tokenizer.json", out / "tokenizer.json")


def _weights_apart(path: Path) -> None:
    """The weights in a file of their own beside the graph (WEIGHTS): onnxruntime maps that file into
    memory instead of copying every matrix out of the graph, and the word-embedding rows that no text
    uses are never read. Measured on all-MiniLM-L6-v2: a session's peak 107 MB against 187 MB, the
    same outputs."""
    import onnx

    onnx.save_model(onnx.load(str(path)), str(path), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=WEIGHTS, size_threshold=1024)
    (path.parent / WEIGHTS).chmod(0o644)  # onnx writes it 0600, which would hide a shared cache


def _plain(net, *fields: str):
    """The Hugging Face module with plain tensor inputs and tensors out, as the exporter wants: each
    field of its output, "hidden" for the last hidden state of a model that gives them all."""
    import torch

    class Wrapped(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.net, self.fields = net, fields

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.net(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids,
                           output_hidden_states="hidden" in self.fields)
            got = tuple(out.hidden_states[-1] if f == "hidden" else getattr(out, f) for f in self.fields)
            return got if len(got) > 1 else got[0]

    return Wrapped()


def _words(folder: Path) -> dict:
    """Where the word embeddings (the largest matrix, the vocabulary's rows) lie in WEIGHTS, and a
    digest of their bytes: the verifier keeps the base model's as packaged, and two sessions that load
    the same bytes share one copy (onnx.py)."""
    import onnx

    graph = onnx.load(str(folder / "model.onnx"), load_external_data=False).graph
    matrix = max(graph.initializer, key=lambda t: math.prod(t.dims))
    where = {e.key: e.value for e in matrix.external_data}
    offset, length = int(where.get("offset", 0)), int(where["length"])
    assert matrix.data_type == onnx.TensorProto.FLOAT and length == 4 * math.prod(matrix.dims)
    with open(folder / WEIGHTS, "rb") as f:
        f.seek(offset)
        digest = hashlib.sha256(f.read(length)).hexdigest()[:16]
    return {"name": matrix.name, "offset": offset, "shape": list(matrix.dims), "digest": digest}
