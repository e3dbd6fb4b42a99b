from transformers import pipeline

# CodeBERTa predicts masked identifiers; used to rank rename suggestions.
fill_mask = pipeline("fill-mask", model="huggingface/CodeBERTa-small-v1", tokenizer="huggingface/CodeBERTa-small-v1")


def rename_candidates(code_with_mask: str, k: int = 5):
    return [(p["token_str"].strip(), p["score"]) for p in fill_mask(code_with_mask, top_k=k)]
