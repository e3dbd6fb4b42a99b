from transformers import AutoTokenizer


def tokenizer_for_task():
    checkpoint = "google/flan-t5-base"
    return AutoTokenizer.from_pretrained(checkpoint)
