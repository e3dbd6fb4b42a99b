import os

import torch

use_hub = os.environ.get("FROM_HUB") == "1"
repo = "huggingface/pytorch-transformers" if use_hub else "facebookresearch/fairseq"
either = torch.hub.load(repo, "model", "distilbert-base-uncased")
both = torch.hub.load("huggingface/transformers" if use_hub else "huggingface/pytorch-transformers",
                      "tokenizer", "bert-base-cased")
neither = torch.hub.load("pytorch/vision" if use_hub else "facebookresearch/dino", "model", "resnet50")
unknown = torch.hub.load(os.environ["REPO"], "model", "roberta-base")
# A repository chosen by `a if c else b`: the call loads from the Hub only when the chosen
# repository is one of huggingface's, so it is a usage conditional on that test; when every
# choice is huggingface's it is not conditional, when none is (or the repository is unknown)
# it is no usage at all.
