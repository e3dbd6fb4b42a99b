import sys

from transformers import AutoModel, AutoTokenizer

if sys.argv[1] == "small":
    backbone = "acme/encoder-small"
elif sys.argv[1] == "large":
    backbone = "acme/encoder-large"
else:
    raise ValueError(sys.argv[1])


def build_encoder():
    # reads the module's name, bound in one branch or the other before the calls below
    return AutoModel.from_pretrained(backbone)


for seed in range(3):
    encoder = build_encoder()

if len(sys.argv) > 2:
    vocabulary = "acme/vocab-cased"
elif len(sys.argv) > 3:
    vocabulary = sys.argv[3]
else:
    vocabulary = "acme/vocab-uncased"


def build_tokenizer():
    return AutoTokenizer.from_pretrained(vocabulary)


tokenizer = build_tokenizer()

if len(sys.argv) > 4:
    head = "acme/head-extra"
elif len(sys.argv) > 5:
    head = "acme/head-plain"


def build_head():
    return AutoModel.from_pretrained(head)


build_head()
head = "acme/head-late"
