from transformers import AutoModel, AutoTokenizer

ORG = "acme"
ROUND = 7
SIZE = "base"


def padded():
    return AutoModel.from_pretrained(f"{ORG}/round-{ROUND:03d}")


def quoted():
    return AutoTokenizer.from_pretrained(f"{ORG}/{SIZE!r}")


def percent_padded():
    return AutoModel.from_pretrained("%s/round-%02d" % (ORG, ROUND))


def format_aligned():
    return AutoTokenizer.from_pretrained("{}/{:>6}".format(ORG, SIZE))


def plain():
    return AutoModel.from_pretrained(f"{ORG}/encoder-{SIZE!s}")
