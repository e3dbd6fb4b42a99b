import transformers
from huggingface_hub import hf_hub_download as fetch_file
from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer, pipeline

load = AutoModel.from_pretrained
model = load("acme/alias-one")
tok_loader = transformers.AutoTokenizer.from_pretrained
tokenizer = tok_loader("acme/alias-two", use_fast=False)
second = tok_loader("acme/alias-three")

fetch = fetch_file
weights = fetch("acme/alias-weights", "model.bin")
make_pipe = pipeline
tagger = make_pipe("ner", model="acme/alias-tagger")


def build_causal(revision):
    model_class = AutoModelForCausalLM
    from_fn = model_class.from_pretrained
    return from_fn("acme/alias-causal", revision=revision)


encode = AutoTokenizer.from_pretrained


def tokenize(text):
    return encode("acme/alias-nested")(text)


def pick(text_only, path):
    chosen = AutoTokenizer.from_pretrained if text_only else AutoModel.from_pretrained
    return chosen(path)


Embedder = SentenceTransformer
embedder = Embedder("acme/alias-embedder")
is_embedder = isinstance(embedder, Embedder)

handed_on = AutoModel.from_pretrained
models = list(map(handed_on, ["acme/alias-a", "acme/alias-b"]))
never_called = AutoModelForCausalLM.from_pretrained


def from_model_or_config(path, from_config):
    from_fn = AutoModelForCausalLM.from_pretrained
    if from_config:
        from_fn = AutoModelForCausalLM.from_config
    return from_fn(path)


def run(pipeline):
    step = pipeline
    return step("some text")


can_load = hasattr(AutoModel, "from_pretrained")
LOADERS = {"encoder": AutoModel.from_pretrained}
