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


class Apple(Flavour):
    flavour = "apple"


class Pear(Flavour):
    flavour = "pear"


class Plum(Flavour):
    flavour = "plum"


class Grape(Flavour):
    flavour = "grape"


class Lime(Flavour):
    flavour = "lime"


class Kiwi(Flavour):
    flavour = "kiwi"


class Fig(Flavour):
    flavour = "fig"


class Date(Flavour):
    flavour = "date"
