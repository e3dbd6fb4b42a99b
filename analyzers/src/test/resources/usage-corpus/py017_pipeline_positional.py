from transformers import pipeline

ner = pipeline("ner", "dbmdz/bert-large-cased-finetuned-conll03-english", aggregation_strategy="simple")
