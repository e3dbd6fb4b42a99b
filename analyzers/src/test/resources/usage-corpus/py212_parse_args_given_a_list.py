import argparse

from transformers import AutoConfig, AutoModel, AutoTokenizer

parser = argparse.ArgumentParser()
parser.add_argument("--model-name", default="acme/default-model")
parser.add_argument("-t", "--tokenizer", default="acme/default-tokenizer")
parser.add_argument("--config", default="acme/default-config")
args = parser.parse_args(["--model-name", "acme/notebook-model", "-t", "acme/short-tokenizer"])

model = AutoModel.from_pretrained(args.model_name)
tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)
config = AutoConfig.from_pretrained(args.config)
