import os

from sentence_transformers import SentenceTransformer

SMALL = ["acme/encoder-s1", "acme/encoder-s2"]
LARGE = ("acme/encoder-l1",)
ALL = SMALL + ["acme/encoder-a1"] + list(LARGE)
JOINED = SMALL + ["acme/encoder-extra"]
SPREAD = [*LARGE, "acme/encoder-spread"]
GROWN = ["acme/encoder-g1"]
GROWN = GROWN + ["acme/encoder-g2"]
MIXED = ["acme/encoder-m1", os.environ["ENCODER"]]


class Tiers:
    PAID = {"acme/encoder-paid"}


def build(name):
    if name in SMALL:
        return SentenceTransformer(name)
    elif name in JOINED:
        return SentenceTransformer(name)
    elif name in SPREAD:
        return SentenceTransformer(name)
    elif name in Tiers.PAID:
        return SentenceTransformer(name)
    elif name in ALL:
        return SentenceTransformer(name)
    elif name in GROWN:
        return SentenceTransformer(name)
    elif name in MIXED:
        return SentenceTransformer(name)


def shadowed(name, SMALL=()):
    if name in SMALL:
        return SentenceTransformer(name)


build(os.environ["ENCODER"])
shadowed(os.environ["ENCODER"])
