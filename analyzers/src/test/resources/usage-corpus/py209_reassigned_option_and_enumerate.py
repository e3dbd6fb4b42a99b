import argparse

from transformers import AutoConfig, AutoModel, AutoTokenizer

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="acme/default-model")
parser.add_argument("--tokenizer", default="acme/default-tokenizer")
parser.add_argument("--config", default="acme/default-config")
args = parser.parse_args()

AutoConfig.from_pretrained(args.config)
args.config = "acme/late-config"
args.model = "acme/chosen-model"
model = AutoModel.from_pretrained(args.model)
if args.tokenizer == "fast":
    args.tokenizer = "acme/fast-tokenizer"
tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)


def compare(names):
    for i, name in enumerate(names):
        AutoModel.from_pretrained(name)


compare(["acme/first", "acme/second"])
for position, checkpoint in enumerate(["acme/third"], 1):
    AutoModel.from_pretrained(checkpoint)
