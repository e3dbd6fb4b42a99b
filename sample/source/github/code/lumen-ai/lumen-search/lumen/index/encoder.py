"""Dense encoders used to embed documents and queries for the Lumen index."""
from __future__ import annotations

import logging
from typing import Iterable, List

import numpy as np
from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
QUALITY_MODEL = "sentence-transformers/all-mpnet-base-v2"


class DenseEncoder:
    def __init__(self, model_name: str = DEFAULT_MODEL, device: str | None = None, batch_size: int = 64):
        logger.info("loading encoder %s", model_name)
        self.model = SentenceTransformer(model_name, device=device)
        self.batch_size = batch_size
        self.dim = self.model.get_sentence_embedding_dimension()

    def encode(self, texts: Iterable[str]) -> np.ndarray:
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            show_progress_bar=False,
            normalize_embeddings=True,
            convert_to_numpy=True,
        )
        return vectors.astype(np.float32)

    def encode_query(self, query: str) -> np.ndarray:
        return self.encode([query])[0]


def build_encoder(profile: str) -> DenseEncoder:
    if profile == "quality":
        return DenseEncoder(QUALITY_MODEL, batch_size=16)
    return DenseEncoder()
