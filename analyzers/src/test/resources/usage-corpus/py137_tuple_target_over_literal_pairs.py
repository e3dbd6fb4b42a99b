from transformers import AutoModel, AutoTokenizer, pipeline

CLASSIFIERS = [
    ("emotion", "acme/emotion-small"),
    ("irony", "acme/irony-base"),
]
FALLBACK = ("acme/topic-large", "v1")


def build(device):
    heads = {}
    for column, checkpoint in CLASSIFIERS:
        heads[column] = pipeline("text-classification", model=checkpoint, device=device)
    for (checkpoint, revision) in [("acme/tagger-one", "main"), ["acme/tagger-two", "v2"], FALLBACK]:
        AutoModel.from_pretrained(checkpoint, revision=revision)
    for name, checkpoint in [("short", "acme/short-only"), ("odd", "acme/odd-one", "extra")]:
        AutoTokenizer.from_pretrained(checkpoint)
    for index, (label, checkpoint) in enumerate(CLASSIFIERS):
        AutoTokenizer.from_pretrained(checkpoint)
    return heads


def load_all(pairs):
    return [AutoModel.from_pretrained(checkpoint) for checkpoint, size in pairs]


load_all([("acme/encoder-small", 1), ("acme/encoder-large", 2)])

DIRECTIONS = [("en", "es"), ("es", "en")]
for source, target in DIRECTIONS:
    AutoModel.from_pretrained(f"acme/opus-{source}-{target}")
tokenizers = [AutoTokenizer.from_pretrained(f"acme/opus-{s}-{t}") for s, t in DIRECTIONS]
