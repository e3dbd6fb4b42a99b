from transformers import AutoModel

model = AutoModel.from_pretrained("Microsoft/CodeBERT-base")
