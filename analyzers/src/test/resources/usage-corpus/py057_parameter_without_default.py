from transformers import AutoModel


def load(model_id):
    return AutoModel.from_pretrained(model_id)
