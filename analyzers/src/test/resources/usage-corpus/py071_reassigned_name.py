from transformers import AutoModel

model_name = "bert-base-uncased"
if True:
    model_name = "bert-large-uncased"
model = AutoModel.from_pretrained(model_name)
