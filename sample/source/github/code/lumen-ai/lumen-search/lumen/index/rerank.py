from typing import List, Tuple

import torch
from transformers import AutoModel, AutoTokenizer


class MeanPoolReranker:
    """Scores (query, passage) pairs by cosine similarity of mean-pooled embeddings."""

    def __init__(self, name: str = "sentence-transformers/all-mpnet-base-v2"):
        self.tokenizer = AutoTokenizer.from_pretrained(name)
        self.model = AutoModel.from_pretrained(name)
        self.model.eval()

    @torch.no_grad()
    def _embed(self, texts: List[str]) -> torch.Tensor:
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=384, return_tensors="pt")
        output = self.model(**batch)
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (output.last_hidden_state * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1)

    def rerank(self, query: str, passages: List[str]) -> List[Tuple[int, float]]:
        q = self._embed([query])
        p = self._embed(passages)
        scores = (p @ q.T).squeeze(1).tolist()
        return sorted(enumerate(scores), key=lambda pair: pair[1], reverse=True)
