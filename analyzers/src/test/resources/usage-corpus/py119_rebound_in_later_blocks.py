from transformers import AutoModel, AutoTokenizer


def try_models():
    if False:
        name = "google/electra-small-generator"

        AutoTokenizer.from_pretrained(name)
    if True:
        name = "google/electra-base-generator"
        AutoModel.from_pretrained(name)
    with open("log.txt") as log:
        name = "google/electra-large-generator"
        AutoModel.from_pretrained(name)
# A name bound again inside each of several blocks in a row: at a use in a block, the binding
# before it in the same block is the value, whatever earlier blocks bound.
