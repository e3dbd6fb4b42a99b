from transformers import AutoModel

model = AutoModel.from_pretrained("./checkpoints/best")
