# A class that keeps what its maker was told (self.source = source.lower()) and dispatches to a
# loading method by it: the instance Unified("acme/vit-small", source="HF") never runs
# _load_timm, so its name is no id there, and the timm model's name is none at the Hub loader.
# The dispatch may sit in a method __init__ calls after setting the attribute, even when a later
# method (restore) sets it again, since the dispatch runs while __init__ does. A method also
# called from outside its class (probe) escapes the tests: every call's name stays there, and a
# source known only at run time (an option) decides nothing.
import argparse

import timm
from transformers import AutoModel


class Unified:
    def __init__(self, name, source="hf"):
        self.name = name
        self.source = source.lower()
        self._load()

    def _load(self):
        if self.source == "timm":
            self.model = self._load_timm()
        elif self.source == "hf":
            self.model = self._load_hf()
        else:
            raise ValueError(self.source)

    def _load_timm(self):
        return timm.create_model(self.name, pretrained=True)

    def _load_hf(self):
        return AutoModel.from_pretrained(self.name)

    def restore(self, saved):
        self.source = saved["source"]


class Probe:
    def __init__(self, name, source):
        self.name = name
        self.source = source
        if self.source == "hf":
            self.model = self.probe()

    def probe(self):
        return AutoModel.from_pretrained(self.name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", default="hf")
    args = parser.parse_args()
    Unified("efficientnet_b0", source="timm")
    Unified("acme/vit-small", source="HF")
    Unified("acme/vit-large", source=args.source)
    Probe("acme/probe-small", "hf")
    Probe("acme/probe-timm", "timm").probe()
