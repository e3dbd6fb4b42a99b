from functools import partial

from transformers import AutoModel


def build(cache_dir, checkpoint):
    return AutoModel.from_pretrained(checkpoint, cache_dir=cache_dir)


builder = partial(build, "/tmp/cache")
builder("acme/encoder-small")
builder(checkpoint="acme/encoder-large")
