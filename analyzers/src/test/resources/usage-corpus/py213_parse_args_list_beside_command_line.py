import argparse

from transformers import AutoModel, AutoTokenizer

parser = argparse.ArgumentParser()
parser.add_argument("--model-name", default="acme/default-model")
parser.add_argument("--tokenizer", default="acme/default-tokenizer")


def notebook_arguments():
    return parser.parse_args(["--model-name", "acme/notebook-model", "--tokenizer=acme/notebook-tokenizer"])


args = parser.parse_args()
model = AutoModel.from_pretrained(args.model_name)
tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)
