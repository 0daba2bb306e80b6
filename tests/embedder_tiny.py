"""A tiny sentence-transformers model that the tests build: random weights, the packaged MiniLM's vocabulary."""
from __future__ import annotations

from pathlib import Path


def build(folder: Path) -> Path:
    """A two-layer BERT with mean pooling, saved as a sentence-transformers folder."""
    import torch
    from sentence_transformers import SentenceTransformer, models
    from transformers import BertConfig, BertModel, BertTokenizerFast

    from tcheck.backends.sbert import default_model_path

    torch.manual_seed(0)
    tokenizer = BertTokenizerFast(vocab_file=str(default_model_path() / "vocab.txt"), do_lower_case=True)
    config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128)
    bert = folder / "bert"
    BertModel(config).save_pretrained(bert)
    tokenizer.save_pretrained(bert)
    word = models.Transformer(str(bert), max_seq_length=128)
    SentenceTransformer(modules=[word, models.Pooling(word.get_embedding_dimension())]).save(str(folder))
    return folder
