from transformers import AutoModel, AutoTokenizer

config = {"model": "acme/module-model"}
MODELS = {"small": "acme/module-small"}


def load(config):
    return AutoModel.from_pretrained(config.get("model", "acme/fallback-model"))


def tokenizer(MODELS):
    return AutoTokenizer.from_pretrained(MODELS["small"])


def module_level():
    return AutoModel.from_pretrained(config.get("model", "acme/unused-fallback"))
