from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer


class Base:
    def build(self):
        return self.factory("acme/template-call")


class Child(Base):
    def __init__(self):
        self.factory = AutoTokenizer.from_pretrained

    def again(self):
        return self.factory("acme/child-call")


class Grandchild(Child):
    def more(self):
        return self.factory("acme/grandchild-call")


class Swapped:
    def __init__(self):
        self.load = AutoModel.from_pretrained

    def offline(self):
        self.load = open

    def run(self):
        return self.load("acme/swapped-call")


class Parent:
    def __init__(self):
        self.encode = AutoModel.from_pretrained

    def run(self):
        return self.encode("acme/parent-call")


class Overrides(Parent):
    def __init__(self):
        super().__init__()
        self.encode = len

    def size(self):
        return self.encode("acme/not-a-load")


class Unused:
    def __init__(self):
        self.fetch = AutoModelForCausalLM.from_pretrained


class Unrelated:
    def run(self):
        return self.fetch("acme/unrelated-call")
