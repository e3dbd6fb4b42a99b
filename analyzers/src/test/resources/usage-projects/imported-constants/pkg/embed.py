from sentence_transformers import SentenceTransformer

from .names import ENCODER as ENC


def encoder():
    return SentenceTransformer(ENC)
