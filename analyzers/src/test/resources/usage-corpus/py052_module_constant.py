from transformers import AutoModel

MODEL_NAME = "microsoft/deberta-v3-base"


def load():
    return AutoModel.from_pretrained(MODEL_NAME)
