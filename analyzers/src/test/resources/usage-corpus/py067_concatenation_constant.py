from transformers import AutoTokenizer

tok = AutoTokenizer.from_pretrained("Helsinki-NLP/" + "opus-mt-en-de")
