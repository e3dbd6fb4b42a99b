from dataclasses import dataclass
from typing import Optional, Union

from datasets import load_dataset
from transformers import AutoModel, AutoTokenizer, CLIPModel


class RetrievalConfig:
    def __init__(self, encoder_name="acme/clip-encoder", corpus="acme/pet-photos", top_k=4, **kwargs):
        self.encoder_name = encoder_name
        self.corpus = corpus
        self.top_k = top_k


@dataclass
class ReaderSettings:
    reader: str = "acme/reader-base"


@dataclass
class WriterSettings:
    reader: str = "acme/writer-side-reader"


class Retriever:
    def __init__(self, config: RetrievalConfig, extra=None):
        self.config = config

    def build(self):
        model = CLIPModel.from_pretrained(self.config.encoder_name)
        return model, load_dataset(self.config.corpus)


def open_reader(settings: ReaderSettings):
    return AutoModel.from_pretrained(settings.reader)


def open_optional(settings: Optional["ReaderSettings"] = None):
    return AutoTokenizer.from_pretrained(settings.reader)


def open_untyped(settings):
    return AutoModel.from_pretrained(settings.encoder_name)


def open_listed(settings: list[ReaderSettings]):
    return AutoModel.from_pretrained(settings.reader)


def open_rebound(settings: ReaderSettings = None):
    settings = settings or fetch_settings()
    return AutoModel.from_pretrained(settings.reader)


def open_missing(config: RetrievalConfig):
    return AutoModel.from_pretrained(config.reader)


class Indexer:
    config = None

    def __init__(self):
        self.config = RetrievalConfig(encoder_name="acme/clip-large")

    def encoder(self):
        return CLIPModel.from_pretrained(self.config.encoder_name)


positional = RetrievalConfig("acme/clip-positional")
CLIPModel.from_pretrained(positional.encoder_name)
AutoModel.from_pretrained(positional.corpus)
spread = RetrievalConfig(**load_options())
CLIPModel.from_pretrained(spread.encoder_name)


def open_union(settings: ReaderSettings | None = None):
    return AutoModel.from_pretrained(settings.reader)


def open_typing_union(config: Union[RetrievalConfig, None]):
    return AutoModel.from_pretrained(config.encoder_name)
