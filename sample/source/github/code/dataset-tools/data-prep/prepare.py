"""Builds the training mix. Only datasets are loaded here; the tokenizer comes later."""
from datasets import concatenate_datasets, load_dataset

# The mix mirrors the one used to fine-tune t5-small in the paper (CNN/DailyMail + XSum).
cnn = load_dataset("cnn_dailymail", "3.0.0", split="train[:20000]")
xsum = load_dataset("EdinburghNLP/xsum", split="train[:20000]")

cnn = cnn.rename_columns({"article": "document", "highlights": "summary"}).remove_columns(["id"])
xsum = xsum.remove_columns(["id"])
mix = concatenate_datasets([cnn, xsum]).shuffle(seed=1)
mix.to_json("data/mix.jsonl")
