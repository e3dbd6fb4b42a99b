from transformers import AutoModel


class Wrapper:
    def __init__(self, name="allenai/scibert_scivocab_uncased"):
        self.name = name

    def load(self):
        return AutoModel.from_pretrained(self.name)
