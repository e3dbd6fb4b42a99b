import transformers

tok = transformers.AutoTokenizer.from_pretrained("roberta-base", use_fast=True)
