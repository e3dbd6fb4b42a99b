import argparse

from transformers import AutoModel, AutoTokenizer

BACKBONES = {
    "small": {"checkpoint": "acme/backbone-small", "width": 256},
    "large": {"checkpoint": "acme/backbone-large", "width": 1024},
}
TOKENIZER_CHECKPOINT = "acme/shared-tokenizer"
PRESETS = {"base": {"tokenizer": TOKENIZER_CHECKPOINT}}
PAIRS = [("acme/first-encoder", "acme/first-decoder"), ("acme/second-encoder", "acme/second-decoder")]
STAGES = {"warmup": {"encoders": ["acme/stage-encoder-a", "acme/stage-encoder-b"]}}


def build(kind):
    return AutoModel.from_pretrained(BACKBONES[kind]["checkpoint"])


build("small")

parser = argparse.ArgumentParser()
parser.add_argument("--kind", default="large", choices=BACKBONES.keys())
args = parser.parse_args()
model = AutoModel.from_pretrained(BACKBONES[args.kind]["checkpoint"])
tokenizer = AutoTokenizer.from_pretrained(PRESETS["base"]["tokenizer"])
decoder = AutoModel.from_pretrained(PAIRS[1][1])
for name in STAGES["warmup"]["encoders"]:
    AutoModel.from_pretrained(name)
unknown_kind = AutoModel.from_pretrained(BACKBONES[input()]["checkpoint"])
WIDTHS = {"acme/narrow-reader": 128, "acme/wide-reader": 512}
for reader in list(WIDTHS):
    AutoTokenizer.from_pretrained(reader)
