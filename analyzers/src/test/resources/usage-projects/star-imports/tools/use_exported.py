from exported import *

classifier = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")
hidden = AutoModel.from_pretrained("xlnet-base-cased")
