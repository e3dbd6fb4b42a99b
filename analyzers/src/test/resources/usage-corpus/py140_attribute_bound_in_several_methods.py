from transformers import AutoModel, AutoTokenizer


class Switcher:
    def __init__(self):
        self.checkpoint = "acme/small"

    def use_large(self):
        self.checkpoint = "acme/large"

    def load(self):
        return AutoModel.from_pretrained(self.checkpoint)


class FilledLater:
    def __init__(self):
        self.name = None

    def configure(self):
        self.name = "acme/filled-later"

    def load(self):
        return AutoModel.from_pretrained(self.name)


class Placeholder:
    tokenizer_name = None

    def __init__(self, tokenizer_name="acme/placeholder-vocab"):
        self.tokenizer_name = tokenizer_name

    def load(self):
        return AutoTokenizer.from_pretrained(self.tokenizer_name)


class Settings:
    model = None

    def __init__(self):
        self.model = "acme/from-settings"


settings = Settings()
AutoModel.from_pretrained(settings.model)
