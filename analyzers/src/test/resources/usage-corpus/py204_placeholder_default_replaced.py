from transformers import AutoModel, AutoTokenizer


def load_plain(path="default"):
    if path == "default":
        path = "acme/plain-model"
    return AutoModel.from_pretrained(path)


class Wrapper:
    def __init__(self, size="large", tokenizer_path="auto"):
        if tokenizer_path in ("auto", "default"):
            tokenizer_path = "acme/{}-tok".format(size)
        self.tokenizer_path = tokenizer_path
        self.load()

    def load(self):
        self.tokenizer = AutoTokenizer.from_pretrained(self.tokenizer_path)


def load_either(path="default", fast=False):
    if path == "default" and fast:
        path = "acme/fast-model"
    return AutoModel.from_pretrained(path)
