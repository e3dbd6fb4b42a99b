from transformers import AutoModel


class Flavour:
    flavour = "plain"

    def load(self):
        return AutoModel.from_pretrained(f"acme/ice-{self.flavour}")


class PlainAgain(Flavour):
    pass


class PlainOnceMore(Flavour):
    pass


class Mint(Flavour):
    flavour = "mint"


class Lemon(Flavour):
    flavour = "lemon"


class Cherry(Flavour):
    flavour = "cherry"


class Mango(Flavour):
    flavour = "mango"


class Peach(Flavour):
    flavour = "peach"


class Melon(Flavour):
    flavour = "melon"


class Berry(Flavour):
    flavour = "berry"
