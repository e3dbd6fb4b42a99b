from transformers import BertForTokenClassification, BertTokenizerFast, pipeline

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]

tokenizer = BertTokenizerFast.from_pretrained("bert-base-uncased")
model = BertForTokenClassification.from_pretrained("bert-base-uncased", num_labels=len(LABELS))
ner = pipeline("token-classification", model=model, tokenizer=tokenizer, aggregation_strategy="simple")

# Baseline: the off-the-shelf CoNLL-2003 model, to compare with our fine-tuned one.
baseline = pipeline("ner", model="dslim/bert-base-NER", aggregation_strategy="simple")
