import torch

model = torch.hub.load("huggingface/pytorch-transformers", "model", "bert-base-uncased")
