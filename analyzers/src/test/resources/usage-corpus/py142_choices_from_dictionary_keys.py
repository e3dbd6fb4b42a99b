import argparse

from sentence_transformers import SentenceTransformer
from transformers import AutoModel

ENCODERS = {
    "mini": {"checkpoint": "acme/mini-encoder", "dim": 384},
    "wide": {"checkpoint": "acme/wide-encoder", "dim": 1024},
}
SCORES = {"acme/ranker-a": 0.7, "acme/ranker-b": 0.9}

parser = argparse.ArgumentParser()
parser.add_argument("--encoder", default="mini", choices=ENCODERS.keys())
parser.add_argument("--fallback", choices=sorted(ENCODERS))
args = parser.parse_args()

AutoModel.from_pretrained(ENCODERS[args.encoder]["checkpoint"])
AutoModel.from_pretrained(ENCODERS[args.fallback]["checkpoint"])

for ranker in SCORES:
    SentenceTransformer(ranker)

for name in list(ENCODERS):
    AutoModel.from_pretrained(ENCODERS[name]["checkpoint"])
