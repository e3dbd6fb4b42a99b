import argparse

import spacy
from huggingface_hub import hf_hub_download
from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoTokenizer, pipeline

BASE = "acme/encoder-base"
ORG = "acme"
DISPLAY = "Acme/Tagger-XL"

large = AutoModel.from_pretrained(BASE.replace("-base", "-large"))
first_only = AutoModel.from_pretrained("acme/a-b-c".replace("-", "_", 1))
by_keyword = AutoModel.from_pretrained(BASE.replace("-base", "-small", count=1))
lowered = AutoTokenizer.from_pretrained(DISPLAY.lower())
shouted = pipeline("ner", model=f"{ORG}/ner-" + "v2".upper())
embedder = SentenceTransformer("  acme/embedder \n".strip())
reader = AutoModel.from_pretrained("/acme/reader/".strip("/"))
left = AutoModel.from_pretrained("\tacme/left".lstrip())
weights = hf_hub_download("acme/weights/".rstrip("/"), "model.bin")
prefixed = AutoModel.from_pretrained("hf://acme/prefixed".removeprefix("hf://"))
suffixed = AutoModel.from_pretrained("acme/suffixed-onnx".removesuffix("-onnx"))
joined = AutoModel.from_pretrained("/".join([ORG, "joined"]))
chained = AutoModel.from_pretrained(DISPLAY.lower().replace("-xl", "-small").strip())
nlp = spacy.load("en-core-web-sm".replace("-", "_"))
local = AutoModel.from_pretrained(BASE.replace("acme/", "./weights/"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="Acme/Chat-7B")
    args = parser.parse_args()
    return AutoModel.from_pretrained(args.model.lower())
