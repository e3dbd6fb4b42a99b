import argparse
from transformers import AutoModelForSequenceClassification

parser = argparse.ArgumentParser()
parser.add_argument("--model-name", type=str, default="roberta-large")
parser.add_argument("--epochs", type=int, default=3)
args = parser.parse_args()

model = AutoModelForSequenceClassification.from_pretrained(args.model_name)
