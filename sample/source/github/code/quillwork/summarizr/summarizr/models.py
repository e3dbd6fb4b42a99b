import os
from functools import lru_cache

import torch
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, pipeline

SUMMARIZER = os.environ.get("SUMMARIZR_MODEL", "facebook/bart-large-cnn")
FAST_SUMMARIZER = "t5-small"


@lru_cache(maxsize=2)
def get_pipeline(fast: bool = False):
    device = 0 if torch.cuda.is_available() else -1
    if fast:
        return pipeline("summarization", model=FAST_SUMMARIZER, tokenizer=FAST_SUMMARIZER, device=device)
    return pipeline("summarization", model=SUMMARIZER, device=device)


def summarize(text: str, fast: bool = False, max_length: int = 142, min_length: int = 56) -> str:
    summarizer = get_pipeline(fast)
    if fast:
        text = "summarize: " + text
    result = summarizer(text, max_length=max_length, min_length=min_length, do_sample=False, truncation=True)
    return result[0]["summary_text"]


class ChunkedSummarizer:
    """Summarises long documents chunk by chunk, then summarises the summaries."""

    def __init__(self, name: str = "facebook/bart-large-cnn"):
        self.tokenizer = AutoTokenizer.from_pretrained(name)
        self.model = AutoModelForSeq2SeqLM.from_pretrained(name, torch_dtype=torch.float16).to("cuda")

    def _generate(self, text: str) -> str:
        inputs = self.tokenizer(text, return_tensors="pt", truncation=True, max_length=1024).to("cuda")
        ids = self.model.generate(**inputs, num_beams=4, length_penalty=2.0, max_length=142, early_stopping=True)
        return self.tokenizer.decode(ids[0], skip_special_tokens=True)

    def __call__(self, document: str, chunk_tokens: int = 900) -> str:
        ids = self.tokenizer(document)["input_ids"]
        chunks = [self.tokenizer.decode(ids[i:i + chunk_tokens]) for i in range(0, len(ids), chunk_tokens)]
        partial = " ".join(self._generate(chunk) for chunk in chunks)
        return self._generate(partial) if len(chunks) > 1 else partial
