from transformers import *

model = AutoModelWithLMHead.from_pretrained("distilgpt2")
