README = """
## Usage
from transformers import pipeline
pipe = pipeline("text-classification", model="distilbert-base-uncased")
"""


def show():
    print(README)
