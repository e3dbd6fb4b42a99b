import functools
from functools import partial

from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer, pipeline


class Reader:
    loader = None

    def __init__(self, revision):
        self.loader = partial(AutoModel.from_pretrained, revision=revision)
        self.tokenize = AutoTokenizer.from_pretrained

    def model(self):
        return self.loader("acme/kept-model")

    def tokenizers(self):
        fast = lambda: self.tokenize("acme/kept-tokenizer", use_fast=True)
        return [fast(), self.tokenize("acme/kept-tokenizer-slow", use_fast=False)]


class Fixed:
    def __init__(self):
        self.make = functools.partial(AutoModel.from_pretrained, "acme/kept-fixed")

    def first(self):
        return self.make()

    def second(self):
        return self.make(revision="v2")


class Chooser:
    def __init__(self, text_only):
        self.load = AutoTokenizer.from_pretrained if text_only else AutoModel.from_pretrained

    def get(self):
        return self.load("acme/kept-chosen")


class Handed:
    def __init__(self):
        self.load = AutoModelForCausalLM.from_pretrained

    def all(self, names):
        return list(map(self.load, names)) + [self.load("acme/kept-handed")]


class Embeds:
    def __init__(self):
        self.kind = SentenceTransformer
        self.checked_kind = SentenceTransformer

    def embed(self):
        return self.kind("acme/kept-embedder")

    def check(self, value):
        return isinstance(value, self.checked_kind)


class Maker:
    @classmethod
    def setup(cls):
        cls.make_pipe = pipeline

    def run(self):
        return self.make_pipe("ner", model="acme/kept-pipe")


class Serving:
    def __init__(self, pipeline, task):
        self._pipeline = pipeline

    def run(self, inputs):
        return self._pipeline(inputs)


def elsewhere(reader):
    return reader.loader("acme/not-self")
