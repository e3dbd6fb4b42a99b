from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoTokenizer


class Embedder:
    def __init__(self, model_name):
        self.model_name = model_name
        self.model = SentenceTransformer(model_name)

    def tokenizer(self):
        return AutoTokenizer.from_pretrained(self.model_name)


class Base:
    def __init__(self, repo):
        self.model = AutoModel.from_pretrained(repo)


class Child(Base):
    pass


def build():
    return Embedder(model_name="acme/embed-large")


embedder = Embedder("acme/embed-base")
base = Base("acme/base")
