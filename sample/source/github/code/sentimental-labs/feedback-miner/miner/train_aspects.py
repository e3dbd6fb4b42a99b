import argparse

from datasets import load_dataset
from transformers import (AutoModelForSequenceClassification, AutoTokenizer, DataCollatorWithPadding,
                          Trainer, TrainingArguments)


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--base-model", default="roberta-base")
    p.add_argument("--data", default="data/aspects.csv")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--output-dir", default="checkpoints/aspects")
    return p.parse_args()


def main():
    args = parse_args()
    data = load_dataset("csv", data_files=args.data)["train"].train_test_split(test_size=0.1, seed=13)
    labels = sorted(set(data["train"]["aspect"]))
    tokenizer = AutoTokenizer.from_pretrained(args.base_model)
    model = AutoModelForSequenceClassification.from_pretrained(
        args.base_model, num_labels=len(labels), id2label=dict(enumerate(labels)),
        label2id={l: i for i, l in enumerate(labels)})
    data = data.map(lambda b: tokenizer(b["text"], truncation=True, max_length=256), batched=True)
    data = data.map(lambda b: {"labels": [labels.index(a) for a in b["aspect"]]}, batched=True)
    trainer = Trainer(model=model, args=TrainingArguments(args.output_dir, num_train_epochs=args.epochs,
                                                          per_device_train_batch_size=16, evaluation_strategy="epoch"),
                      train_dataset=data["train"], eval_dataset=data["test"], tokenizer=tokenizer,
                      data_collator=DataCollatorWithPadding(tokenizer))
    trainer.train()
    trainer.save_model(args.output_dir)


if __name__ == "__main__":
    main()
