from transformers import AutoModel

CANDIDATES = ["albert-base-v2", "roberta-base"]
model = AutoModel.from_pretrained(CANDIDATES[0])
