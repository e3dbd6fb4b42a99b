ENCODER = "sentence-transformers/all-MiniLM-L6-v2"
