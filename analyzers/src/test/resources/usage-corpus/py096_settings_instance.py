from sentence_transformers import SentenceTransformer


class Settings:
    embedder = "sentence-transformers/all-mpnet-base-v2"

    def __init__(self):
        self.reranker = "cross-encoder/ms-marco-MiniLM-L-6-v2"
        self.device = "cpu"


settings = Settings()
model = SentenceTransformer(settings.embedder, device=settings.device)
reranker = SentenceTransformer(settings.reranker)
