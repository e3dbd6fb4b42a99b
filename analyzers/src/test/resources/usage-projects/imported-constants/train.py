from transformers import AutoModel, AutoModelForSeq2SeqLM, AutoTokenizer, pipeline

from settings import BUILT, CHECKPOINT, LABELS as NER_MODEL, RUNTIME, SWITCHED

model = AutoModelForSeq2SeqLM.from_pretrained(CHECKPOINT)
ner = pipeline("ner", model=NER_MODEL)
switched = AutoModel.from_pretrained(SWITCHED)
runtime = AutoModel.from_pretrained(RUNTIME)
built = AutoTokenizer.from_pretrained(BUILT)


def shadowed(CHECKPOINT):
    return AutoTokenizer.from_pretrained(CHECKPOINT)
