import argparse
import os

from transformers import AutoModel

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="acme/c", choices=["acme/a", "acme/b", "acme/c"])
args = parser.parse_args()
if os.environ.get("FAST"):
    args.model = "acme/d"
AutoModel.from_pretrained(args.model)
