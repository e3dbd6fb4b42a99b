import unittest

from transformers import AutoModel, AutoTokenizer


class TranslationCheck(unittest.TestCase):
    src = "en"
    tgt = "de"

    @classmethod
    def setUpClass(cls):
        cls.checkpoint = f"acme/translate-{cls.src}-{cls.tgt}"
        cls.tokenizer_name = "acme/shared-vocab"
        return cls

    def test_loads(self):
        model = AutoModel.from_pretrained(self.checkpoint)
        tokenizer = AutoTokenizer.from_pretrained(self.tokenizer_name)
        self.assertIsNotNone((model, tokenizer))


class FrenchCheck(TranslationCheck):
    src = "fr"
    tgt = "es"


class Unrelated:
    @classmethod
    def setUpClass(cls):
        cls.checkpoint = "acme/not-this-class"


class GermanMore(TranslationCheck):
    def test_config(self):
        AutoModel.from_pretrained(self.checkpoint)


class AbstractPairCheck(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.checkpoint = f"acme/pair-{cls.src}-{cls.tgt}"

    def test_pair(self):
        AutoModel.from_pretrained(self.checkpoint)


class NorwegianPair(AbstractPairCheck):
    src = "nb"
    tgt = "nn"


class DanishPair(AbstractPairCheck):
    src = "da"
    tgt = "sv"
