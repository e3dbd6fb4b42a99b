# In a class built on a library model, the class's own receivers are that library's loaders: cls
# in a classmethod and super() in any method load as the class's name does, through a chain of
# the file's classes too (reload's name is known only at run time: a load without an id). A cls
# that is not a classmethod's first parameter, and a class with no library base, load nothing.
from transformers import BertModel
from transformers.modeling_utils import PreTrainedModel


class Base(PreTrainedModel):
    pass


class Decoder(Base):
    @classmethod
    def from_config(cls, config, warm=False):
        if warm:
            return cls.from_pretrained("acme/decoder-small", config=config)
        return cls(config)


class Encoder(BertModel):
    @classmethod
    def build(cls, name="acme/encoder-tiny"):
        return cls.from_pretrained(name)

    @classmethod
    def build_up(cls):
        return super().from_pretrained("acme/encoder-base")

    def reload(self, name):
        return super(Encoder, self).from_pretrained(name)

    @staticmethod
    def other(cls):
        return cls.from_pretrained("acme/not-a-receiver")


class Plain:
    @classmethod
    def make(cls):
        return cls.from_pretrained("acme/no-library")

