from functools import partial

from transformers import AutoModel, AutoTokenizer


def load_model(name, revision):
    return AutoModel.from_pretrained(name, revision=revision)


def load_tokenizer(name):
    return AutoTokenizer.from_pretrained(name)


class Runner:
    def __init__(self):
        self.run = partial(load_model, revision="main")
        self.tokenize = partial(load_tokenizer)

    def go(self):
        return self.run("acme/kept-function-model")

    def reset(self):
        self.tokenize = None

    def tokens(self):
        return self.tokenize("acme/kept-function-tokenizer")


class Mixed:
    def __init__(self):
        self.load = partial(load_model, revision="v1")

    def offline(self):
        self.load = print

    def go(self):
        return self.load("acme/maybe-loaded")
