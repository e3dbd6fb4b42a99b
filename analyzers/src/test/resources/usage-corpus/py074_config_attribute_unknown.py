from transformers import AutoModel


def load(cfg):
    return AutoModel.from_pretrained(cfg.model.name)
