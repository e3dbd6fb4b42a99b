from transformers import AutoModel, AutoTokenizer
from datasets import load_dataset
import requests

KNOWN = {"small": "google/flan-t5-small"}


def build(params, args):
    base = params.get("base_model", "google/flan-t5-base")
    model = AutoModel.from_pretrained(base)
    tokenizer = AutoTokenizer.from_pretrained(getattr(args, "tokenizer", "google/flan-t5-large"))
    data = load_dataset(params.get("dataset", "rajpurkar/squad"))
    listed = AutoModel.from_pretrained(KNOWN.get("small", "google/flan-t5-xl"))
    missing = AutoModel.from_pretrained(KNOWN.get("large", "google/flan-t5-xxl"))
    fetched = AutoModel.from_pretrained(requests.get(args.url, "timeout"))
    keyed = AutoModel.from_pretrained(params.get(args.key, "google/t5-v1_1-base"))
    return model, tokenizer, data, listed, missing, fetched, keyed
# A mapping's .get with a literal key and a fallback, and getattr with one, load the fallback unless
# the configuration says otherwise: resolution default. A dictionary literal of the file answers
# for itself (constant). A .get whose key is no literal is not a lookup with a fallback.
