from transformers import AutoTokenizer, AutoModelForTokenClassification


class Tagger:
    def __init__(self):
        self.tokenizer = AutoTokenizer.from_pretrained("dslim/bert-base-NER")
        self.model = AutoModelForTokenClassification.from_pretrained("dslim/bert-base-NER")

    def tag(self, text):
        enc = self.tokenizer(text, return_tensors="pt")
        logits = self.model(**enc).logits
        return logits.argmax(-1)
