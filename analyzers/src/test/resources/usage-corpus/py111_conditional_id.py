import argparse
import os

from transformers import AutoModel, AutoTokenizer, pipeline

DEFAULT_SMALL = "bert-base-uncased"
parser = argparse.ArgumentParser()
parser.add_argument("--large", action="store_true")
parser.add_argument("--model", default="roberta-base")
args = parser.parse_args()

small = AutoModel.from_pretrained("bert-base-uncased" if not args.large else "bert-large-uncased")
name = "google/flan-t5-small" if os.environ.get("FAST") else "google/flan-t5-xl"
bound = AutoModel.from_pretrained(name)
through = AutoModel.from_pretrained(DEFAULT_SMALL if args.large else args.model)
nested = AutoModel.from_pretrained("gpt2" if args.large else ("distilgpt2" if args.model else "gpt2-medium"))
size = "base" if args.large else "large"
pattern = AutoTokenizer.from_pretrained(f"facebook/bart-{size}")
joined = AutoTokenizer.from_pretrained("t5-" + ("small" if args.large else "base"))


def load(checkpoint=None, tiny=True):
    return AutoModel.from_pretrained("prajjwal1/bert-tiny" if tiny else checkpoint)


both_unknown = AutoModel.from_pretrained(input() if args.large else os.environ["MODEL"])
same = AutoModel.from_pretrained("xlm-roberta-base" if args.large else "xlm-roberta-base")
generator = pipeline("text-generation", model="gpt2" if args.large else "distilgpt2")


def build(checkpoint=None):
    return AutoModel.from_pretrained(checkpoint)


def pick(default_model="microsoft/deberta-v3-base", fast=False):
    return AutoModel.from_pretrained("microsoft/deberta-v3-small" if fast else default_model)
