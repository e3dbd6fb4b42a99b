from diffusers import DiffusionPipeline
from transformers import AutoModel, AutoTokenizer


class Base:
    CHECKPOINT = "acme/base-encoder"


class StageLoader(Base):
    _MODELS = {
        "small": "S",
        "large": "L",
    }

    def load(self, size):
        return DiffusionPipeline.from_pretrained(f"acme/stage-{__class__._MODELS[size]}-v1")

    def encoder(self):
        return AutoModel.from_pretrained(__class__.CHECKPOINT)


class LargerStageLoader(StageLoader):
    _MODELS = {"huge": "H"}
    CHECKPOINT = "acme/larger-encoder"


class Tokenizers:
    NAME = "acme/cell-tokenizer"

    def build(self):
        def inner():
            return AutoTokenizer.from_pretrained(__class__.NAME)

        return inner()
