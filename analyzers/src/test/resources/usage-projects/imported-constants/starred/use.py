from transformers import AutoModel, AutoTokenizer, pipeline

from starred.config import *

encoder = AutoModel.from_pretrained(ENCODER)
tokenizer = AutoTokenizer.from_pretrained(ENCODER)
tagger = pipeline("ner", model=TAGGER)
switched = AutoModel.from_pretrained(SWITCHED)
hidden = AutoModel.from_pretrained(HIDDEN)
