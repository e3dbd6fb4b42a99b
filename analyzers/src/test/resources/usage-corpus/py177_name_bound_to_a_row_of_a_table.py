import sys

from diffusers import DiffusionPipeline, StableDiffusionPipeline
from transformers import AutoModel, AutoTokenizer

VARIANTS = {
    "small": {"base": "acme/row-small", "pipeline_cls": DiffusionPipeline},
    "large": {"base": "acme/row-large", "pipeline_cls": StableDiffusionPipeline},
}
ENCODERS = [("acme/row-encoder", "acme/row-tokenizer")]


def build(variant):
    spec = VARIANTS[variant]
    return spec["pipeline_cls"].from_pretrained(spec["base"])


build("large")

choice = VARIANTS[sys.argv[1]]
AutoModel.from_pretrained(choice["base"])

pair = ENCODERS[0]
AutoTokenizer.from_pretrained(pair[1])

rebound = VARIANTS["small"]
rebound = {"base": sys.argv[2]}
AutoModel.from_pretrained(rebound["base"])
