from transformers import AutoModel


def load(**kwargs):
    return AutoModel.from_pretrained(**kwargs)
