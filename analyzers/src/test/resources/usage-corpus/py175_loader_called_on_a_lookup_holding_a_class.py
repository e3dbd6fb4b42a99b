import argparse

from transformers import AutoModelForCausalLM, AutoTokenizer, BertModel, BertTokenizer, T5Model, T5Tokenizer

FAMILIES = {
    "acme/bert-mini": {"model": BertModel, "tokenizer": BertTokenizer},
    "acme/t5-mini": {"model": T5Model, "tokenizer": T5Tokenizer},
}
HEADS = [AutoModelForCausalLM, AutoTokenizer]
NOT_CLASSES = {"reader": open}

parser = argparse.ArgumentParser()
parser.add_argument("--family", default="acme/t5-mini", choices=list(FAMILIES.keys()))
args = parser.parse_args()

tokenizer = FAMILIES[args.family]["tokenizer"].from_pretrained(args.family)
model = FAMILIES["acme/bert-mini"]["model"].from_pretrained("acme/bert-mini")
causal = HEADS[0].from_pretrained("acme/causal-head")
either = (AutoTokenizer if args.family else T5Tokenizer).from_pretrained("acme/either-tokenizer")
NOT_CLASSES["reader"].from_pretrained("acme/not-a-loader")
