# The branch tests around a load that read several parameters are decided by what one call passes
# for all of them: load_tokenizer("acme/bert-qa", task="qa") takes the first branch, so its name
# never reaches the else, and build("timm", "resnet18") leaves at the guard. Only a value the
# call fixes (a literal, a constant, the default it leaves) decides: an option's default may be
# another value at run time, so serve(args.name, args.task) keeps its name in both branches.
import argparse

import timm
from transformers import AutoModel, AutoTokenizer, BertTokenizerFast

QA = "qa"


def load_tokenizer(name, task="chat"):
    if task == "qa" and "bert" in name:
        return BertTokenizerFast.from_pretrained(name)
    else:
        return AutoTokenizer.from_pretrained(name)


def build(source, name):
    if source == "timm":
        return timm.create_model(name, pretrained=True)
    return AutoModel.from_pretrained(name)


def serve(name, task):
    if task == "qa":
        return BertTokenizerFast.from_pretrained(name)
    return AutoTokenizer.from_pretrained(name)


load_tokenizer("acme/bert-qa", task=QA)
load_tokenizer("acme/gpt-chat")
build("timm", "resnet18")
build("hub", "acme/vision-small")

parser = argparse.ArgumentParser()
parser.add_argument("--name", default="acme/served")
parser.add_argument("--task", default="qa")
args = parser.parse_args()
serve(args.name, args.task)
