import numpy as np
import torch
from datasets import load_dataset
from transformers import AutoImageProcessor, AutoModelForImageClassification, Trainer, TrainingArguments

CHECKPOINT = "google/vit-base-patch16-224"
food = load_dataset("food101", split="train[:5000]").train_test_split(test_size=0.2)
labels = food["train"].features["label"].names
processor = AutoImageProcessor.from_pretrained(CHECKPOINT)
model = AutoModelForImageClassification.from_pretrained(
    CHECKPOINT, num_labels=len(labels), ignore_mismatched_sizes=True,
    id2label={i: l for i, l in enumerate(labels)}, label2id={l: i for i, l in enumerate(labels)})


def transform(batch):
    batch["pixel_values"] = processor([img.convert("RGB") for img in batch["image"]], return_tensors="pt")["pixel_values"]
    return batch


def collate(rows):
    return {"pixel_values": torch.stack([r["pixel_values"] for r in rows]), "labels": torch.tensor([r["label"] for r in rows])}


def accuracy(p):
    return {"accuracy": float(np.mean(np.argmax(p.predictions, axis=1) == p.label_ids))}


trainer = Trainer(model=model, args=TrainingArguments("vit-food101", remove_unused_columns=False, num_train_epochs=3,
                                                      per_device_train_batch_size=16, learning_rate=5e-5),
                  data_collator=collate, compute_metrics=accuracy,
                  train_dataset=food["train"].with_transform(transform), eval_dataset=food["test"].with_transform(transform))
trainer.train()
