import functools
from functools import partial as bind

from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoTokenizer, pipeline

classify = functools.partial(pipeline, "text-classification", model="acme/sentiment-small")
classify("a fine day")
classify("a grey day")

load_encoder = bind(AutoModel.from_pretrained, revision="v2")
encoder = load_encoder("acme/encoder-base")

make = bind(SentenceTransformer, device="cpu")
embedder = make("acme/embedder-mini")
larger = make(model_name_or_path="acme/embedder-large")

summarize = bind(pipeline, "summarization", model="acme/summary-base")
summary = summarize("some text", model="acme/summary-large")

tokenizer_for = functools.partial(AutoTokenizer.from_pretrained, use_fast=True)


def tokenize(text):
    tokenizer = tokenizer_for("acme/tokenizer-base")
    return tokenizer(text)


def later_task():
    return functools.partial(pipeline, "translation")


quick = bind(AutoModel.from_pretrained)("acme/encoder-quick")
never_called = bind(AutoModel.from_pretrained, cache_dir="/tmp/models")
