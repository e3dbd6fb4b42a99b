from transformers import AutoModel

MODELS = {"small": "prajjwal1/bert-tiny", "base": "bert-base-uncased"}
SIZE = "small"
model = AutoModel.from_pretrained(MODELS[SIZE])
