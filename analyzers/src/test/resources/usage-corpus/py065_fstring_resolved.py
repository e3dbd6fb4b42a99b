from transformers import AutoModel

ORG = "google"
NAME = "vit-base-patch16-224"
model = AutoModel.from_pretrained(f"{ORG}/{NAME}")
