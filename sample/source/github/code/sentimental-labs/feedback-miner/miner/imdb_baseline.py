"""Long-review baseline: a DistilBERT fine-tuned on IMDB reviews, compared with the SST-2 model."""
from transformers import pipeline

imdb = pipeline("text-classification", model="lvwerra/distilbert-imdb", truncation=True, max_length=512)


def label(reviews):
    return [("positive" if r["label"] == "POSITIVE" else "negative", r["score"]) for r in imdb(reviews, batch_size=16)]
