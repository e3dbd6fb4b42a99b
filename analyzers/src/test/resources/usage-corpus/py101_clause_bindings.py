import sys

from transformers import AutoModel, AutoTokenizer


def by_platform():
    if sys.platform == "win32":
        name = "distilbert-base-uncased"
    elif sys.platform == "darwin":
        name = "distilbert-base-uncased"
    else:
        name = "distilbert-base-uncased"
    return AutoModel.from_pretrained(name)


def in_handlers():
    try:
        import torch
    except ImportError:
        checkpoint = "prajjwal1/bert-tiny"
        return AutoModel.from_pretrained(checkpoint)
    finally:
        tokenizer_id = "prajjwal1/bert-tiny"
        tokenizer = AutoTokenizer.from_pretrained(tokenizer_id)
    return tokenizer


def in_else_branch(flag):
    if flag:
        pass
    else:
        model_id = "google/electra-small-discriminator"
        return AutoModel.from_pretrained(model_id)


def in_match(command):
    match command:
        case "small":
            repo = "google/bert_uncased_L-2_H-128_A-2"
            return AutoModel.from_pretrained(repo)
        case _:
            return None


def in_with(path):
    with open(path) as handle:
        encoder_name = "sentence-transformers/all-MiniLM-L6-v2"
        return AutoModel.from_pretrained(encoder_name), handle
