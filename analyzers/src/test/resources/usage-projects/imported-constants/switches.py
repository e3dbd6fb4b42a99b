from transformers import AutoModel

from settings import CHECKPOINT


def choose_larger():
    global CHECKPOINT
    CHECKPOINT = "google/flan-t5-large"


def load():
    return AutoModel.from_pretrained(CHECKPOINT)
