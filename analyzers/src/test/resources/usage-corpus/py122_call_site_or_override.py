from transformers import AutoTokenizer


def prepare(model_name, tokenizer_name=None):
    return AutoTokenizer.from_pretrained(tokenizer_name or model_name)


prepare("acme/model-a")
prepare("acme/model-b", tokenizer_name="acme/tok-b")
