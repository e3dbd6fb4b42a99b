from transformers import AutoModel, AutoTokenizer

PAIRS = {
    "small": ("acme/encoder-small", "acme/tokenizer-small"),
    "large": ("acme/encoder-large", "acme/tokenizer-large"),
}


def literal():
    encoder, tokenizer = "acme/encoder-base", "acme/tokenizer-base"
    AutoTokenizer.from_pretrained(tokenizer)
    return AutoModel.from_pretrained(encoder)


def from_table(size="small"):
    encoder, tokenizer = PAIRS[size]
    AutoTokenizer.from_pretrained(tokenizer)
    return AutoModel.from_pretrained(encoder)


def from_any_entry(size):
    encoder, _ = PAIRS[size]
    return AutoModel.from_pretrained(encoder)


def starred():
    first, *rest = ["acme/first", "acme/second", "acme/third"]
    return AutoModel.from_pretrained(rest)


def from_a_call():
    encoder, tokenizer = choose()
    return AutoModel.from_pretrained(encoder)
