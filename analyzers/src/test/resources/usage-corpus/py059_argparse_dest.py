import argparse
from transformers import AutoTokenizer


def main():
    p = argparse.ArgumentParser()
    p.add_argument("-m", "--model", dest="checkpoint", default="google/electra-small-discriminator")
    opts = p.parse_args()
    tok = AutoTokenizer.from_pretrained(opts.checkpoint)
