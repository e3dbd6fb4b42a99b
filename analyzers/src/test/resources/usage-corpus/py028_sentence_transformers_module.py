import sentence_transformers

m = sentence_transformers.SentenceTransformer("paraphrase-multilingual-mpnet-base-v2")
