import unittest

from transformers import AutoModel, AutoTokenizer, CLIPVisionModel


class EncoderTestsMixin(unittest.TestCase):
    def get_encoder(self, repo_id, subfolder=None):
        return CLIPVisionModel.from_pretrained(repo_id, subfolder=subfolder)

    def get_vocabulary(self, repo_id="acme/default-vocab"):
        return AutoTokenizer.from_pretrained(repo_id)

    def get_backbone(self, repo_id):
        return AutoModel.from_pretrained(repo_id)


class SmallEncoderTests(EncoderTestsMixin):
    def test_small(self):
        self.get_encoder(repo_id="acme/encoder-small", subfolder="image_encoder")
        self.get_vocabulary("acme/small-vocab")


class LargeEncoderTests(SmallEncoderTests):
    def test_large(self):
        self.get_encoder("acme/encoder-large")
        self.get_backbone("acme/backbone-from-large")


class OwnBackboneTests(EncoderTestsMixin):
    def get_backbone(self, repo_id):
        return None

    def test_own(self):
        self.get_backbone("acme/not-the-mixins")
