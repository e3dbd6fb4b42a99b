from transformers import AutoModel

BASE = "EleutherAI/pythia-"


def load(size):
    return AutoModel.from_pretrained(BASE + size)
