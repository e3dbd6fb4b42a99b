from transformers import AutoModel

from .config import *


def choose(big):
    global TAGGER
    if big:
        TAGGER = "acme/never-known-statically"


def run():
    return AutoModel.from_pretrained(TAGGER)


def private():
    return AutoModel.from_pretrained(_PRIVATE)


def local(DECODER="acme/parameter-default"):
    return AutoModel.from_pretrained(DECODER)
