from transformers import AutoModel


class Encoder:
    MODEL_ID = "intfloat/e5-base-v2"

    def __init__(self):
        self.model = AutoModel.from_pretrained(self.MODEL_ID)
