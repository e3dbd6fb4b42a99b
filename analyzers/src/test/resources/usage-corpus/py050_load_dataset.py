from datasets import load_dataset
from transformers import AutoTokenizer

ds = load_dataset("glue", "mrpc", split="train")
tok = AutoTokenizer.from_pretrained("bert-base-uncased")
