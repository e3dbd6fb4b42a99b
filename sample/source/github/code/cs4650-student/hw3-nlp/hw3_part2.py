# CS 4650 Homework 3, part 2: language model perplexity with GPT-2.
# TODO(student): fill in compute_perplexity
import math

import torch
from transformers import GPT2LMHeadModel, GPT2TokenizerFast

tokenizer = GPT2TokenizerFast.from_pretrained("gpt2")
model = GPT2LMHeadModel.from_pretrained("gpt2")


def compute_perplexity(sentence):
    enc = tokenizer(sentence, return_tensors="pt")
    with torch.no_grad():
        loss = model(**enc, labels=enc["input_ids"]).loss
    return math.exp(loss.item())


if __name__ == "__main__":
    for s in ["The cat sat on the mat.", "Mat the on sat cat the."]:
        print(s, compute_perplexity(s))
