import sys

from diffusers import DiffusionPipeline
from sentence_transformers import SentenceTransformer
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

EMBEDDER = "acme/embed-small"


def convert(src, dst):
    AutoModelForCausalLM.from_pretrained(src).save_pretrained(dst)


def embed(texts, name):
    return SentenceTransformer(name).encode(texts)


def tag(text, *, checkpoint):
    return pipeline("ner", model=checkpoint)(text)


def pick(repo):
    return AutoTokenizer.from_pretrained(repo)


def guess(repo):
    return DiffusionPipeline.from_pretrained(repo)


def unused(repo):
    return AutoModelForCausalLM.from_pretrained(repo)


def walk(repo, depth):
    if depth > 0:
        walk(repo, depth - 1)
    return AutoTokenizer.from_pretrained(repo)


class Chat:
    def __init__(self, size):
        self.model = self.load("acme/chat-" + size + "b")
        self.tokenizer = self.tokenizer_for(repo="acme/chat-tokenizer")

    def load(self, repo):
        return AutoModelForCausalLM.from_pretrained(repo)

    @staticmethod
    def tokenizer_for(repo):
        return AutoTokenizer.from_pretrained(repo)


if __name__ == "__main__":
    src = "acme/chat-7b"
    convert(src, "./converted")
    embed(["hello"], EMBEDDER)
    tag("Paris", checkpoint="acme/ner-base")
    pick("acme/tok-a")
    pick("acme/tok-b")
    guess("acme/diffusion-v1")
    guess(sys.argv[1])
    walk("acme/walker", 3)
