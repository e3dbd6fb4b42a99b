from transformers import AutoModel, AutoTokenizer

CHECKPOINTS = ["acme/zeta", "acme/alpha"]


def warm(names):
    for name in sorted(names):
        AutoTokenizer.from_pretrained(name)


warm(["acme/one", "acme/two"])
for checkpoint in list(reversed(CHECKPOINTS)):
    AutoModel.from_pretrained(checkpoint)
