from transformers import AutoModel


class Ensemble:
    members = None

    def __init__(self):
        self.members = ["acme/member-one", "acme/member-two"]

    def load(self):
        return [AutoModel.from_pretrained(name) for name in self.members]
