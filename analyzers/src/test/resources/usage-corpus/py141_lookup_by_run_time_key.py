import argparse

from huggingface_hub import snapshot_download
from transformers import AutoModel, AutoTokenizer

CHECKPOINTS = {
    "base": "acme/encoder-base",
    # the large one needs a GPU
    "large": "acme/encoder-large",
}
TOKENIZERS = ("acme/vocab-cased", "acme/vocab-uncased")
MIRRORS = {"eu": "acme/shared", "us": "acme/shared"}
BUILT = {**CHECKPOINTS, "tiny": "acme/encoder-tiny"}

parser = argparse.ArgumentParser()
parser.add_argument("--size")
args = parser.parse_args()

model = AutoModel.from_pretrained(CHECKPOINTS[args.size])
tokenizer = AutoTokenizer.from_pretrained(TOKENIZERS[-1])
snapshot_download(repo_id=MIRRORS[args.size])
AutoModel.from_pretrained(CHECKPOINTS["missing"])
AutoModel.from_pretrained(BUILT[args.size])


def tokenizer_for(position):
    return AutoTokenizer.from_pretrained(TOKENIZERS[position])


def several(first):
    return AutoTokenizer.from_pretrained(TOKENIZERS[first:])


def far_away():
    return AutoTokenizer.from_pretrained(TOKENIZERS[123456789012345678901234567890])
