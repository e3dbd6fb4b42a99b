from datasets import load_dataset
from transformers import AutoModel, AutoTokenizer

CAUSAL = ["acme/lm-small", "acme/lm-large"]


class Evaluator:
    def __init__(self, lm):
        self.lm = lm

    def tokenizer(self):
        assert self.lm in CAUSAL, f"unsupported {self.lm}"
        return AutoTokenizer.from_pretrained(self.lm)


def load(name, extension):
    assert name == "acme/encoder" or name == "acme/encoder-large"
    model = AutoModel.from_pretrained(name)
    assert extension in ["csv", "json"]
    data = load_dataset(extension, data_files="train.csv")
    return model, data


def reloaded(name):
    assert name in CAUSAL
    name = name + "-finetuned"
    return AutoModel.from_pretrained(name)
