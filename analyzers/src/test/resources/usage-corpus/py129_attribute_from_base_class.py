from transformers import AutoModel, AutoTokenizer


class SharedSetup:
    checkpoint = "acme/base-encoder"

    def setUp(self):
        self.tokenizer_name = "acme/base-tokenizer"


class Mixin:
    vocab = "acme/mixin-vocab"


class FirstCase(SharedSetup):
    def run(self):
        model = AutoModel.from_pretrained(self.checkpoint)
        return model, AutoTokenizer.from_pretrained(self.tokenizer_name)


class SecondCase(FirstCase, Mixin):
    def run(self):
        return AutoTokenizer.from_pretrained(self.vocab)


class OwnValue(SharedSetup):
    checkpoint = "acme/own-encoder"

    def run(self):
        return AutoModel.from_pretrained(self.checkpoint)


class Elsewhere(ExternalBase):
    def run(self):
        return AutoModel.from_pretrained(self.checkpoint)
