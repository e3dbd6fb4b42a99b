# One load given the same id by two ways is one usage, named by the surer way: the class's own
# default and the option's default passed by its one call both give acme/albert-base, and a
# choice read inside the branch that tests for it gives the same id as the test's literal does.
import argparse

from transformers import AutoModel


class PairClassifier:
    def __init__(self, encoder="acme/albert-base", freeze=False):
        self.layer = AutoModel.from_pretrained(encoder)
        if encoder == "acme/albert-base":
            self.size = 768
        elif encoder == "acme/albert-large":
            self.size = 1024


parser = argparse.ArgumentParser()
parser.add_argument("--encoder", default="acme/albert-base", choices=["acme/albert-base", "acme/albert-large"])
parser.add_argument("--size", default="base", choices=["base", "large"])
args = parser.parse_args()
model = PairClassifier(args.encoder, freeze=False)
if args.size == "base":
    reader = AutoModel.from_pretrained(f"acme/reader-{args.size}")
else:
    reader = AutoModel.from_pretrained("acme/reader-large")
