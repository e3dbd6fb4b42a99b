from mirrorhub import AutoModel


def from_the_mirror():
    from mirrorhub import AutoTokenizer
    return AutoTokenizer.from_pretrained("acme/mirror-tokenizer")


def from_the_hub():
    from transformers import AutoTokenizer
    tokenizer = AutoTokenizer.from_pretrained("acme/hub-tokenizer")

    def nested():
        return AutoTokenizer.from_pretrained("acme/nested-tokenizer")

    return tokenizer, nested


def mirror_model():
    return AutoModel.from_pretrained("acme/mirror-model")


def hub_model():
    from transformers import AutoModel
    return AutoModel.from_pretrained("acme/hub-model")


def mirror_again():
    return AutoTokenizer.from_pretrained("acme/unimported-tokenizer")
