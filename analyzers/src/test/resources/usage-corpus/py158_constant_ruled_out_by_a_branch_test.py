from datasets import load_dataset
from transformers import AutoModel, AutoTokenizer, pipeline

ENCODER = "acme/encoder-large"


class Settings:
    checkpoint = "acme/encoder-base"


if Settings.checkpoint in ("acme/encoder-base", "acme/encoder-small"):
    tokenizer = AutoTokenizer.from_pretrained("./vocab/")
else:
    tokenizer = AutoTokenizer.from_pretrained(Settings.checkpoint)


class Task:
    def __init__(self, name):
        self.name = name

    def data(self):
        if self.name == "acme/glue-like":
            return load_dataset("acme/glue-like", "full")
        elif self.name.startswith("local-"):
            return None
        else:
            return load_dataset(self.name)


Task("acme/glue-like").data()
Task("acme/reviews").data()


def encoder():
    name = ENCODER
    if name == "acme/encoder-large":
        name = "acme/encoder-large-v2"
        return AutoModel.from_pretrained(name)
    return None


def guarded():
    name = ENCODER
    if name.endswith("-large"):
        return None
    return AutoModel.from_pretrained(name)


if Settings.checkpoint == "acme/encoder-base":
    classify = pipeline("text-classification", model="acme/encoder-base-sst2")
else:
    classify = pipeline("text-classification", model="acme/encoder-base-sst2", tokenizer=Settings.checkpoint)
