from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoTokenizer, MarianMTModel


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


class Translator:
    def __init__(self, src, trg, device="cpu"):
        self.model = MarianMTModel.from_pretrained(f"Helsinki-NLP/opus-mt-{src}-{trg}").to(device)


def build():
    return Embedder(model_name="acme/embed-large")


embedder = Embedder("acme/embed-base")
base = Base("acme/base")
forward = Translator("en", "fr")
backward = Translator("fr", "en", device="cuda")
