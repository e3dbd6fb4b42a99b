import sys

from sentence_transformers import SentenceTransformer
from transformers import AutoTokenizer

encoders = ["acme/module-encoder"]


def warm_up(names):
    loaded = []
    for name in names:
        loaded.append(SentenceTransformer(name))
    return loaded


warm_up(["acme/encoder-small", "acme/encoder-large"])


class Library:
    def __init__(self, picked=None):
        if picked is None:
            wanted = ["acme/text-encoder", "acme/image-encoder"]
        self.models = self.open_all(wanted)

    def open_all(self, model_names):
        models = {}
        for model_name in model_names:
            if model_name.startswith("acme/"):
                models[model_name] = SentenceTransformer(model_name)
        return models


def tokenizers(checkpoints=("acme/tok-default",)):
    return [AutoTokenizer.from_pretrained(c) for c in checkpoints]


tokenizers()
tokenizers(["acme/tok-passed"])


def from_command_line(encoders):
    for encoder in encoders:
        SentenceTransformer(encoder)


from_command_line(sys.argv[1:])


def never_called(paths):
    for path in paths:
        SentenceTransformer(path)
