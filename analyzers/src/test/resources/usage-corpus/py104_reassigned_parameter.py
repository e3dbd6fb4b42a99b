from transformers import AutoModel, AutoTokenizer


def load(model_name="bert-base-uncased"):
    tokenizer = AutoTokenizer.from_pretrained(model_name)
    model_name = "bert-base-cased"
    model = AutoModel.from_pretrained(model_name)
    return tokenizer, model


def fill_in(checkpoint=None):
    if checkpoint is None:
        checkpoint = "albert-base-v2"
    return AutoModel.from_pretrained(checkpoint)


def loop(names):
    current = "roberta-base"
    for name in names:
        AutoModel.from_pretrained(current)
        current = name
