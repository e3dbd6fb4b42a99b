from transformers import AutoModel

name = "bert-base-uncased"
encoders = [AutoModel.from_pretrained(name) for name in ["roberta-base", "xlnet-base-cased"]]
single = AutoModel.from_pretrained(name)
