# A tested argument handed on unchanged (self.load(name, task=task)) is fixed by the call chosen
# for the function that hands it on: Reader("acme/bert-reader", task="qa") reaches the first
# branch only, Reader("acme/gpt-reader") the else only. A way that every call is ruled out of is no
# way at all, so neither branch keeps an id-less usage for the other call. A function defined
# inside another one is called only there: its calls are all that fix the argument.
from transformers import AutoTokenizer, BertTokenizerFast


class Reader:
    def __init__(self, name, task="chat"):
        self.tokenizer = self.load(name, task=task)

    def load(self, name, task):
        if task == "qa" and "bert" in name:
            return BertTokenizerFast.from_pretrained(name)
        else:
            return AutoTokenizer.from_pretrained(name)


def pipeline_for(kind):
    def make(name, fast):
        if fast == "yes":
            return BertTokenizerFast.from_pretrained(name)
        return AutoTokenizer.from_pretrained(name)

    def wrap(name, fast):
        return make(name, fast)

    if kind == "fast":
        return wrap("acme/fast-reader", "yes")
    return wrap("acme/slow-reader", "no")


bert = Reader("acme/bert-reader", task="qa")
gpt = Reader("acme/gpt-reader")
