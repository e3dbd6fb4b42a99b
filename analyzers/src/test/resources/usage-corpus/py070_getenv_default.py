import os
from transformers import AutoModel

model = AutoModel.from_pretrained(os.getenv("MODEL_ID", "nlpaueb/legal-bert-base-uncased"))
name = os.environ.get("TOKENIZER", "nlpaueb/legal-bert-base-uncased")
