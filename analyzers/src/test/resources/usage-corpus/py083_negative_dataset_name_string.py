DATASET = "glue"
MODEL_CARD_URL = "https://huggingface.co/bert-base-uncased"
print(DATASET, MODEL_CARD_URL)
