from transformers import AutoModel, AutoTokenizer


class Encoder:
    def __init__(self, name):
        self.model = AutoModel.from_pretrained(name)


def english(name):
    return Encoder(name)


def german(name):
    return Encoder(name)


def french(name):
    return Encoder(name)


def spanish(name):
    return Encoder(name)


def tokenizer_for(checkpoint):
    return AutoTokenizer.from_pretrained(checkpoint)


def english_tokenizer(checkpoint):
    return tokenizer_for(checkpoint)


def german_tokenizer(checkpoint):
    return tokenizer_for(checkpoint)


english("acme/english-base")
english("acme/english-large")
german("acme/german-base")
german("acme/german-large")
french("acme/french-base")
french("acme/french-large")
spanish("acme/spanish-base")
spanish("acme/spanish-large")
english_tokenizer("acme/english-tokenizer")
german_tokenizer("acme/german-tokenizer")
