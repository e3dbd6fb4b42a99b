from transformers import AutoModel

def broken(:
    pass

model = AutoModel.from_pretrained("albert-base-v2")
