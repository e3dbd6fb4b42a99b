from transformers import AutoModel


def load(a, b, c, d, e):
    return AutoModel.from_pretrained(
        f"org/{'a' if a else 'b'}{'c' if b else 'd'}{'e' if c else 'f'}{'g' if d else 'h'}{'i' if e else 'j'}")
