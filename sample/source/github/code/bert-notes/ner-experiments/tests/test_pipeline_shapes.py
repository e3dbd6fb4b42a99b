import pytest
import torch
from transformers import AutoModelForTokenClassification, AutoTokenizer

TINY = "prajjwal1/bert-tiny"  # 4.4M parameters: keeps the shape tests fast on CI


@pytest.fixture(scope="module")
def tiny():
    tokenizer = AutoTokenizer.from_pretrained(TINY)
    model = AutoModelForTokenClassification.from_pretrained(TINY, num_labels=7)
    return tokenizer, model


def test_logits_have_one_row_per_token(tiny):
    tokenizer, model = tiny
    batch = tokenizer(["Angela Merkel visited Paris"], return_tensors="pt")
    with torch.no_grad():
        logits = model(**batch).logits
    assert logits.shape == (1, batch["input_ids"].shape[1], 7)
