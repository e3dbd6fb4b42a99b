from transformers import AutoModel, AutoTokenizer


class LoaderCheck:
    checkpoint = None
    tokenizer_name = "acme/shared-tokenizer"

    def load(self):
        model = AutoModel.from_pretrained(self.checkpoint)
        tokenizer = AutoTokenizer.from_pretrained(self.tokenizer_name)
        return model, tokenizer


class TinyCheck(LoaderCheck):
    checkpoint = "acme/tiny-encoder"


class WideCheck(TinyCheck):
    def setUp(self):
        self.checkpoint = "acme/wide-encoder"


class Unrelated:
    checkpoint = "acme/not-a-subclass"
