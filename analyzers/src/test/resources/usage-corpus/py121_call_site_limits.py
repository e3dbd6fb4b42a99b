import functools
import sys

from transformers import AutoModel, AutoTokenizer, pipeline


def load(repo="acme/base"):
    return AutoModel.from_pretrained(repo)


def run(repo):
    return AutoModel.from_pretrained(repo)


@functools.lru_cache()
def serve(repo):
    return pipeline("text-generation", model=repo)


def fetch(repo):
    return AutoTokenizer.from_pretrained(repo)


def inner(repo):
    return pipeline("fill-mask", model=repo)


def outer(name):
    return inner(name)


def deep(repo):
    deep(repo + "-x")
    return AutoModel.from_pretrained(repo)


def main(fast):
    def go(repo):
        return AutoModel.from_pretrained(repo)

    go("acme/nested")
    choose("acme/a" if fast else "acme/b")


def choose(repo):
    return AutoTokenizer.from_pretrained(repo)


class Reader:
    def read(self, repo):
        return AutoModel.from_pretrained(repo)

    @classmethod
    def build(cls, repo):
        return AutoTokenizer.from_pretrained(repo)

    def start(self):
        self.read("acme/inside")
        return self.build("acme/built")


load("acme/large")
run("acme/run")
jobs = [run]
serve("acme/served")
fetch(*sys.argv[1:])
fetch("acme/fetched")
outer("acme/chain")
deep("acme/deep")
Reader().read("acme/outside")


def save(step=None):
    folder = "acme/ckpt-step-" + str(step)
    return AutoModel.from_pretrained(folder)
