from transformers import AutoModel, AutoTokenizer

CHECKPOINT = "acme/module-checkpoint"


def by_lambda():
    load = lambda CHECKPOINT: AutoModel.from_pretrained(CHECKPOINT)
    return load("acme/passed-to-lambda")


def by_import():
    from settings import CHECKPOINT
    return AutoModel.from_pretrained(CHECKPOINT)


def by_star(*CHECKPOINT):
    return AutoTokenizer.from_pretrained(CHECKPOINT)


def by_options(**CHECKPOINT):
    return AutoTokenizer.from_pretrained(CHECKPOINT)


def by_error():
    try:
        return None
    except OSError as CHECKPOINT:
        return AutoModel.from_pretrained(CHECKPOINT)


def module_constant():
    return AutoModel.from_pretrained(CHECKPOINT)
