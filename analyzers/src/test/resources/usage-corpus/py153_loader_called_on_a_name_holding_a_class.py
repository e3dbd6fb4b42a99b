import argparse

from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer, BertConfig, BertModel, BertTokenizer
from transformers import GPT2Config, GPT2LMHeadModel, GPT2Tokenizer

from .modeling import LocalEncoder

MODEL_CLASSES = {
    "bert": (BertConfig, BertModel, BertTokenizer),
    "gpt2": (GPT2Config, GPT2LMHeadModel, GPT2Tokenizer),
}

parser = argparse.ArgumentParser()
parser.add_argument("--model_type", required=True)
parser.add_argument("--checkpoint", default="acme/table-checkpoint")
args = parser.parse_args()

config_class, model_class, tokenizer_class = MODEL_CLASSES[args.model_type]
config = config_class.from_pretrained(args.checkpoint)
model = model_class.from_pretrained(args.checkpoint, config=config)

Loader = AutoTokenizer
tokenizer = Loader.from_pretrained("acme/renamed-tokenizer")


def build(causal):
    cls = AutoModelForCausalLM if causal else AutoModel
    return cls.from_pretrained("acme/either-head")


def build_mixed(local):
    cls = LocalEncoder if local else AutoModel
    return cls.from_pretrained("acme/maybe-hub")


class Reader:
    model_cls = AutoModelForCausalLM

    def load(self):
        return self.model_cls.from_pretrained("acme/class-attribute-head")


for head in (AutoModel, AutoModelForCausalLM):
    head.from_pretrained("acme/every-head")


def not_a_class(path):
    reader = open(path)
    return reader.from_pretrained("acme/not-a-loader")
