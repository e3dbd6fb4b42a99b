import os

from diffusers import DiffusionPipeline
from datasets import load_dataset
from transformers import AutoModel, AutoTokenizer

card = os.environ["MODEL_CARD"]

if card == "acme/painter-xl":
    pipe = DiffusionPipeline.from_pretrained(card)
elif card == "acme/painter-small" or card == "acme/painter-tiny":
    pipe = DiffusionPipeline.from_pretrained(card, variant="fp16")
elif os.environ.get("FAST") and card in ("acme/sketch-a", "acme/sketch-b"):
    pipe = DiffusionPipeline.from_pretrained(card)
elif "acme/encoder" == card:
    encoder = AutoModel.from_pretrained(card)
elif card in ["acme/reader-a", "acme/reader-b"]:
    if card == "acme/reader-a":
        reader = AutoModel.from_pretrained(card)
    else:
        reader = AutoModel.from_pretrained(card)
else:
    pipe = DiffusionPipeline.from_pretrained(card)


def load(name, fallback):
    if name == "acme/vocab":
        name = fallback
        return AutoTokenizer.from_pretrained(name)
    if name == "acme/reader" or name.startswith("local/"):
        return AutoModel.from_pretrained(name)
    if name != "acme/other":
        return AutoModel.from_pretrained(name)
    if name == "acme/nested":
        helper = lambda name: AutoModel.from_pretrained(name)
        return helper
    return None


class Loader:
    def __init__(self, settings):
        self.task = settings.task

    def fetch(self, split):
        if self.task == "acme/qa-set":
            return load_dataset(self.task, split=split)
        if self.task in ("acme/news-set", "acme/blog-set"):
            self.task = self.task + "-clean"
            return load_dataset(self.task, split=split)
        return None


def pick(options):
    if options.model == "acme/ranker":
        return AutoModel.from_pretrained(options.model)
    if options.model == "acme/scorer":
        options = options.parent
        return AutoModel.from_pretrained(options.model)
    if options.model == "acme/tagger" and options.strict:
        return AutoModel.from_pretrained(options.model.lower())
    return None
