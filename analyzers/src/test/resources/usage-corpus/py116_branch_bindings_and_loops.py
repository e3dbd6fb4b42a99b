import argparse

from diffusers import StableDiffusionPipeline
from transformers import AutoModel, pipeline

CHECKPOINTS = ["google/bert_uncased_L-2_H-128_A-2", "google/bert_uncased_L-4_H-256_A-4"]


def load(version, custom=None):
    if custom is not None:
        key = custom
    elif version == "2.1":
        key = "stabilityai/stable-diffusion-2-1-base"
    elif version == "1.5":
        key = "runwayml/stable-diffusion-v1-5"
    else:
        raise ValueError(version)
    return StableDiffusionPipeline.from_pretrained(key)


def fallback(small):
    name = "google/flan-t5-base"
    if small:
        name = "google/flan-t5-small"
    return AutoModel.from_pretrained(name)


def each():
    for checkpoint in CHECKPOINTS:
        AutoModel.from_pretrained(checkpoint)
    for task, model in [("ner", "dslim/bert-base-NER")]:
        pipeline(task, model=model)
    for path in open("models.txt"):
        AutoModel.from_pretrained(path)


def same(flag):
    model_id = None
    if flag:
        model_id = "distilbert/distilbert-base-uncased"
    else:
        model_id = "distilbert/distilbert-base-uncased"
    return AutoModel.from_pretrained(model_id)
# A name bound to differing values in an if/elif/else chain gives one usage per value, each with
# the test of its branch (a branch whose value is unknown gives an unknown usage); a value
# bound before the branches that one of them replaces has no test. A loop variable over a
# literal list gives one unconditional usage per element (a flat tuple target its place in each
# literal tuple, py137); a loop over anything else stays unknown. Branches that agree give one
# unconditional usage.
