# An empty name loads nothing (from_pretrained("") fails): an option whose default is "" chosen
# only when it is set (a if a else b) gives b alone, as a or b does, while a set option stays a
# choice (it may be emptied at run time); a parameter defaulting to "" is a load whose id is
# known only at run time, never an id "".
import argparse

from transformers import AutoConfig, AutoModel, AutoTokenizer

parser = argparse.ArgumentParser()
parser.add_argument("--config_name", default="", type=str)
parser.add_argument("--tokenizer_name", default="acme/reader-tokenizer", type=str)
parser.add_argument("--model_name_or_path", default="acme/reader-base", type=str)
args = parser.parse_args()

config = AutoConfig.from_pretrained(args.config_name if args.config_name else args.model_name_or_path)
tokenizer = AutoTokenizer.from_pretrained(args.tokenizer_name if args.tokenizer_name else args.model_name_or_path)


def load(name=""):
    return AutoModel.from_pretrained(name)
