# Lesson 3: fine-tuning BERT on IMDB in a few lines.
# Step 1: load the dataset. Step 2: tokenize. Step 3: train with the Trainer API.
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

imdb = load_dataset("imdb")
tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")
tokenized = imdb.map(lambda x: tokenizer(x["text"], truncation=True, padding="max_length"), batched=True)

model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)
args = TrainingArguments("bert-imdb", per_device_train_batch_size=8, num_train_epochs=1)
trainer = Trainer(model=model, args=args,
                  train_dataset=tokenized["train"].shuffle(seed=42).select(range(2000)),
                  eval_dataset=tokenized["test"].shuffle(seed=42).select(range(500)))
trainer.train()
