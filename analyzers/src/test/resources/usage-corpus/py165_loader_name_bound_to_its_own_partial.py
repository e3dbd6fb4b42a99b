try:
    from functools import partial

    from huggingface_hub import hf_hub_download

    hf_hub_download = partial(hf_hub_download, library_name="acme-kit")
except ImportError:
    hf_hub_download = None

import functools

from transformers import pipeline

pipeline = functools.partial(pipeline, device=0)
captioner = pipeline("image-to-text", model="acme/captioner")


def fetch(repo):
    return hf_hub_download(repo, "weights.bin")


def tagger():
    return pipeline("ner", model="acme/tagger")
