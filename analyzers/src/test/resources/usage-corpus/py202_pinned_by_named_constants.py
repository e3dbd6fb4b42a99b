import os
from enum import Enum

from sentence_transformers import SentenceTransformer
from sentence_transformers.cross_encoder import CrossEncoder


class Encoder(str, Enum):
    SMALL = "acme/encoder-small"
    LARGE = "acme/encoder-large"


class Reranker(Enum):
    FAST = "acme/reranker-fast"


class Settings:
    FALLBACK = "acme/encoder-fallback"


DEFAULT = "acme/encoder-default"
chosen = os.environ["ENCODER"]


def build(name):
    if name == Encoder.SMALL:
        return SentenceTransformer(name)
    if name in [Encoder.LARGE, DEFAULT]:
        return SentenceTransformer(name)
    if name == Settings.FALLBACK:
        return SentenceTransformer(name)
    if name == Reranker.FAST:
        return CrossEncoder(name)
    raise ValueError(name)


def shadowed(name, DEFAULT=None):
    if name == DEFAULT:
        return SentenceTransformer(name)


build(chosen)
shadowed(chosen)
