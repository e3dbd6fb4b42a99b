# A function or class other files can import is called there too, with values this file never
# shows: what its own code supplies beside the callers' values (a fallback after "or", a table's
# other entries) is loaded by those calls, whichever spelling of super() the class uses. Those
# calls' unknown values add no id-less usage beside the ones of the file's calls, and an entry
# the file's calls already pass is one usage. A function defined inside another one is called
# only there, so the file's calls are all it gets.
import torch
from transformers import AutoModel, AutoTokenizer

SIZES = {"small": "acme/table-small", "large": "acme/table-large"}


class Encoder(torch.nn.Module):
    def __init__(self, model_name):
        super().__init__()
        model_name = model_name or "acme/encoder-fallback"
        self.encoder = AutoModel.from_pretrained(model_name)


class OldStyleEncoder(torch.nn.Module):
    def __init__(self, model_name):
        super(OldStyleEncoder, self).__init__()
        model_name = model_name or "acme/old-style-fallback"
        self.encoder = AutoModel.from_pretrained(model_name)


class Sized(torch.nn.Module):
    def __init__(self, size):
        super().__init__()
        self.encoder = AutoModel.from_pretrained(SIZES[size])


def tokenizer(name):
    return AutoTokenizer.from_pretrained(name or "acme/tokenizer-fallback")


def plain(name):
    return AutoModel.from_pretrained(name)


def build():
    def inner(name):
        return AutoModel.from_pretrained(name or "acme/never-reached")

    return inner("acme/inner-given")


encoder = Encoder("acme/encoder-given")
old_style = OldStyleEncoder("acme/old-style-given")
sized = Sized("small")
tok = tokenizer("acme/tokenizer-given")
model = plain("acme/plain-given")
