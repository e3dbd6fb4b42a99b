import sys

from transformers import AutoModel, AutoTokenizer, pipeline


def by_size(size):
    name = "acme/encoder-base"
    if size == "large":
        name = "acme/encoder-large"
        return AutoModel.from_pretrained(name)
    return AutoModel.from_pretrained(name)


def from_default(checkpoint="acme/tagger-base"):
    if checkpoint.startswith("gpu:"):
        checkpoint = "acme/tagger-fast"
        tokenizer = AutoTokenizer.from_pretrained(checkpoint)
        raise RuntimeError(tokenizer)
    return AutoTokenizer.from_pretrained(checkpoint)


def retried(size):
    name = "acme/encoder-base"
    try:
        if size == "large":
            name = "acme/encoder-large"
            return AutoModel.from_pretrained(name)
    except OSError:
        pass
    return AutoModel.from_pretrained(name)


def first_that_loads(candidates):
    name = "acme/fallback"
    for candidate in candidates:
        if candidate.endswith("-ok"):
            name = "acme/summariser-small"
            if len(sys.argv) > 1:
                break
            return pipeline("summarization", model=name)
    return pipeline("summarization", model=name)


def renamed_each_turn(items):
    name = "acme/first"
    for item in items:
        AutoModel.from_pretrained(name)
        name = "acme/next"
    return None
