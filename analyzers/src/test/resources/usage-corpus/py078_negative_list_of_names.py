SUPPORTED_MODELS = [
    "bert-base-uncased",
    "roberta-base",
    "gpt2",
]

for name in SUPPORTED_MODELS:
    print(name)
