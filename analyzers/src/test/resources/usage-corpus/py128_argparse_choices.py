import argparse

from transformers import AutoModel, AutoTokenizer

DECODERS = ["acme/decoder-small", "acme/decoder-large"]

parser = argparse.ArgumentParser()
parser.add_argument("--encoder", default="acme/encoder-base", choices=["acme/encoder-base", "acme/encoder-xl"])
parser.add_argument("--decoder", choices=DECODERS)
parser.add_argument("--size", default="mini", choices=("mini", "maxi"))
parser.add_argument("--layers", type=int, default=12, choices=range(1, 25))
parser.add_argument("--vocab", default="acme/vocab-main", choices=sorted(DECODERS))
parser.add_argument("--variant", default="vit-tiny", choices=["vit-tiny", "vit-huge"])
parser.add_argument("--head", default="acme/head-default", choices=available_heads())
args = parser.parse_args()

encoder = AutoModel.from_pretrained(args.encoder)
decoder = AutoModel.from_pretrained(args.decoder)
sized = AutoModel.from_pretrained(f"acme/coder-{args.size}")
vocab = AutoTokenizer.from_pretrained(args.vocab)


def load_vision(tag="vit-base"):
    return AutoModel.from_pretrained(f"acme/{tag}")


vision = load_vision(tag=args.variant)
head = AutoModel.from_pretrained(args.head)
