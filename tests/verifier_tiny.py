"""Tiny cross-encoders that the tests build: random weights, the packaged MiniLM's vocabulary."""
from __future__ import annotations

from pathlib import Path


def build(folder: Path, labels: list[str]) -> Path:
    """A two-layer BERT sequence classifier with these labels, saved as a Hugging Face folder."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    from tcheck.backends.sbert import default_model_path

    torch.manual_seed(0)
    tokenizer = BertTokenizerFast(vocab_file=str(default_model_path() / "vocab.txt"), do_lower_case=True)
    config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128, num_labels=len(labels),
                        id2label=dict(enumerate(labels)), label2id={x: i for i, x in enumerate(labels)})
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
