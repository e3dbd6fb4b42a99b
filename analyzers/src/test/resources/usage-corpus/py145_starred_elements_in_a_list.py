import argparse

from huggingface_hub import snapshot_download
from transformers import AutoModel, AutoTokenizer

ENCODERS = {
    "small": {"name": "acme/encoder-small", "width": 256},
    "large": {"name": "acme/encoder-large", "width": 1024},
}
EXTRA = ["acme/extra-one", "acme/extra-two"]


def fetch_encoder(kind: str):
    name = ENCODERS[kind]["name"]
    return snapshot_download(name, repo_type="model")


parser = argparse.ArgumentParser()
parser.add_argument("--kind", default="small", choices=["legacy", *list(ENCODERS.keys())])
args = parser.parse_args()
fetch_encoder(args.kind)

for name in ["acme/base-model", *EXTRA]:
    AutoModel.from_pretrained(name)

for vocabulary in [*unknown_names(), "acme/vocab"]:
    AutoTokenizer.from_pretrained(vocabulary)
