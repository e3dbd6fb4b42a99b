import os

from fastapi import FastAPI
from pydantic import BaseModel
from sentence_transformers import SentenceTransformer

MODEL_NAME = os.getenv("EMBEDD_MODEL", "sentence-transformers/all-mpnet-base-v2")
app = FastAPI(title="embedd")
encoder = SentenceTransformer(MODEL_NAME, device=os.getenv("EMBEDD_DEVICE", "cpu"))


class EmbedRequest(BaseModel):
    inputs: list[str]
    normalize: bool = True


@app.post("/embed")
def embed(request: EmbedRequest):
    vectors = encoder.encode(request.inputs, normalize_embeddings=request.normalize)
    return {"model": MODEL_NAME, "dim": int(vectors.shape[1]), "data": vectors.tolist()}
