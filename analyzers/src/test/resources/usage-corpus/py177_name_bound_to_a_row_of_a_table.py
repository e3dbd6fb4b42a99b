import sys

from diffusers import DiffusionPipeline, StableDiffusionPipeline
from transformers import AutoModel, AutoTokenizer

SIZES = {
    "small": {"base": "acme/row-small", "loader": DiffusionPipeline},
    "large": {"base": "acme/row-large", "loader": StableDiffusionPipeline},
}
ENCODERS = [("acme/row-encoder", "acme/row-tokenizer")]


def build(variant):
    row = SIZES[variant]
    return row["loader"].from_pretrained(row["base"])


build("large")

choice = SIZES[sys.argv[1]]
AutoModel.from_pretrained(choice["base"])

pair = ENCODERS[0]
AutoTokenizer.from_pretrained(pair[1])

rebound = SIZES["small"]
rebound = {"base": sys.argv[2]}
AutoModel.from_pretrained(rebound["base"])
