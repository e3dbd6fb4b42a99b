from sentence_transformers import SentenceTransformer as ST

embedder = ST(model_name_or_path="BAAI/bge-small-en-v1.5", device="cpu")
