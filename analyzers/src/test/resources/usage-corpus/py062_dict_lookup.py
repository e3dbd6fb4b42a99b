from transformers import AutoModel

MODELS = {
    "small": "google/bert_uncased_L-4_H-256_A-4",
    "base": "bert-base-uncased",
}

model = AutoModel.from_pretrained(MODELS["base"])
