import torch
from transformers import RobertaModel, RobertaTokenizer

CODEBERT = "microsoft/codebert-base"

tokenizer = RobertaTokenizer.from_pretrained(CODEBERT)
model = RobertaModel.from_pretrained(CODEBERT)
model.eval()


@torch.no_grad()
def embed_code(snippet: str, docstring: str = "") -> torch.Tensor:
    tokens = tokenizer(docstring, snippet, truncation=True, max_length=512, return_tensors="pt")
    return model(**tokens).last_hidden_state[:, 0, :].squeeze(0)
