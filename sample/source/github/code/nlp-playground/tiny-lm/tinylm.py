"""A bigram language model with a from_pretrained() that reads our own pickles, not the Hub."""
import pickle
from pathlib import Path


class TinyLM:
    def __init__(self, table):
        self.table = table

    @classmethod
    def from_pretrained(cls, name, root="checkpoints"):
        with open(Path(root) / f"{name}.pkl", "rb") as f:
            return cls(pickle.load(f))

    def next_word(self, word):
        options = self.table.get(word, {})
        return max(options, key=options.get) if options else None


if __name__ == "__main__":
    # "gpt2" here is only the name of our distilled bigram table
    lm = TinyLM.from_pretrained("gpt2")
    print(lm.next_word("the"))
