from sentence_transformers import SentenceTransformer
from transformers import AutoModel, BartForConditionalGeneration, T5ForConditionalGeneration


def load(checkpoint):
    if "t5" in checkpoint.lower():
        return T5ForConditionalGeneration.from_pretrained(checkpoint)
    elif checkpoint.startswith(("facebook/bart", "acme/distilbart")):
        return BartForConditionalGeneration.from_pretrained(checkpoint)
    elif "sentence-transformers" in checkpoint and not checkpoint.endswith("-onnx"):
        return SentenceTransformer(checkpoint)
    else:
        return AutoModel.from_pretrained(checkpoint)


def guarded(checkpoint):
    if "t5" in checkpoint:
        return T5ForConditionalGeneration.from_pretrained(checkpoint)
    if checkpoint.startswith("sentence-transformers/"):
        raise ValueError("use SentenceTransformer")
    return AutoModel.from_pretrained(checkpoint)


def encoder(checkpoint, prefer_t5):
    if "t5" in checkpoint or prefer_t5:
        return T5ForConditionalGeneration.from_pretrained(checkpoint)
    return AutoModel.from_pretrained(checkpoint)


load("acme/flan-T5-small")
load("facebook/bart-large-cnn")
load("sentence-transformers/all-MiniLM-L6-v2")
load("acme/encoder-base")
guarded("acme/t5-base")
guarded("sentence-transformers/all-MiniLM-L6-v2")
guarded("acme/encoder-large")
encoder("acme/encoder-base", True)
