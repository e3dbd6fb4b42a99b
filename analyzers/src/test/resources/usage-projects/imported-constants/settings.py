import os

CHECKPOINT = "google/flan-t5-small"
LABELS: str = "dslim/bert-base-NER"

SWITCHED = "gpt2"
if os.environ.get("BIG"):
    SWITCHED = "gpt2-large"

RUNTIME = "distilgpt2"


def use_larger():
    global RUNTIME
    RUNTIME = "gpt2-xl"


BUILT = "bert-" + os.environ.get("SIZE", "base") + "-uncased"
