from transformers import AutoModel

MODEL = "bert-base-uncased"


def load():
    MODEL = "bert-base-cased"
    return AutoModel.from_pretrained(MODEL)
