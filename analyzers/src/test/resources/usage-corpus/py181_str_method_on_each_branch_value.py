import os

from transformers import AutoModel, AutoTokenizer, pipeline

SIZES = ["base", "large"]


def by_flag(large):
    name = "acme/enc-base" if large else "acme/dec-base"
    return AutoModel.from_pretrained(name.replace("-base", "-xl"))


def by_branch(version):
    if version == "2":
        checkpoint = "Acme/Reader-V2"
    else:
        checkpoint = "Acme/Reader-V1"
    return AutoTokenizer.from_pretrained(checkpoint.lower())


for size in SIZES:
    filler = pipeline("fill-mask", model=f"acme/mlm-{size}".replace("-base", ""))


def from_callers(name):
    return AutoModel.from_pretrained(name.strip())


from_callers(" acme/called-a ")
from_callers("acme/called-b\n")


def half_known(tiny, checkpoint):
    name = "Acme/Tiny" if tiny else checkpoint
    return AutoModel.from_pretrained(name.lower())


def unknown_argument(suffix):
    return AutoModel.from_pretrained("acme/x-base".replace("-base", suffix))


def unknown_receiver():
    return AutoModel.from_pretrained(os.environ["MODEL"].lower())


def partly_known_receiver(size):
    return AutoModel.from_pretrained(f"acme/x-{size}".lower())
