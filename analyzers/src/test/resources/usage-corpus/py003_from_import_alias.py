from transformers import AutoModelForSequenceClassification as AMSC

clf = AMSC.from_pretrained("distilbert-base-uncased-finetuned-sst-2-english", num_labels=2)
