import os
import sys

from transformers import AutoModel, AutoTokenizer


def check_then_load(args):
    name = "acme/encoder-base"
    if args.check:
        name = "acme/encoder-check"
        print(name)
        sys.exit(0)
    return AutoModel.from_pretrained(name)


def by_kind(kind):
    name = "acme/encoder-base"
    if kind == "a":
        name = "acme/encoder-a"
        exit(1)
    elif kind == "b":
        name = "acme/encoder-b"
        quit()
    elif kind == "c":
        name = "acme/encoder-c"
        os._exit(2)
    return AutoModel.from_pretrained(name)


def by_mode(mode):
    name = "acme/tagger-base"
    if mode == "list":
        name = "acme/tagger-list"
        if mode.endswith("s"):
            return None
        else:
            sys.exit("listed")
    return AutoTokenizer.from_pretrained(name)


def without_else(mode):
    name = "acme/tagger-base"
    if mode == "fast":
        name = "acme/tagger-fast"
        if mode.endswith("s"):
            sys.exit("fast")
    return AutoTokenizer.from_pretrained(name)


def with_a_sys_of_its_own(kind, sys):
    name = "acme/encoder-base"
    if kind == "x":
        name = "acme/encoder-x"
        sys.exit()
    return AutoModel.from_pretrained(name)


def guarded(checkpoint):
    if "t5" in checkpoint:
        sys.exit("no t5 here")
    return AutoModel.from_pretrained(checkpoint)


guarded("acme/t5-small")
guarded("acme/bert-small")
