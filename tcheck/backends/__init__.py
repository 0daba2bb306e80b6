"""Translators and embedders: batch-shaped interfaces, with heavy libraries imported only when used."""
from .base import Embedder, IdentityTranslator, Translator

__all__ = ["Embedder", "IdentityTranslator", "Translator"]
