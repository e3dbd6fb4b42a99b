import timm
from transformers import AutoModel, AutoTokenizer


def load(name="acme/base-model"):
    return AutoModel.from_pretrained(name)


load("acme/base-model")
load("acme/large-model")


def backbone(pretrained=True):
    return timm.create_model("resnet50", pretrained=pretrained)


backbone(pretrained=True)


def tokenizer(name="acme/tok"):
    return AutoTokenizer.from_pretrained(name)


tokenizer()
tokenizer("acme/tok")
