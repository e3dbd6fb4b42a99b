from transformers import MarianMTModel


def translator(src, tgt):
    name = "Helsinki-NLP/opus-mt-{}-{}".format(src, tgt)
    return MarianMTModel.from_pretrained(name)
