# -*- coding: utf-8 -*-
# 基于 BERT 的中文新闻文本分类
import torch
from torch.utils.data import DataLoader
from transformers import BertForSequenceClassification, BertTokenizer, get_linear_schedule_with_warmup

from data import NewsDataset

PRETRAINED = "bert-base-chinese"
tokenizer = BertTokenizer.from_pretrained(PRETRAINED)
model = BertForSequenceClassification.from_pretrained(PRETRAINED, num_labels=10).cuda()

train_loader = DataLoader(NewsDataset("data/train.txt", tokenizer), batch_size=32, shuffle=True)
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-5)
scheduler = get_linear_schedule_with_warmup(optimizer, 0, len(train_loader) * 3)

for epoch in range(3):
    model.train()
    for batch in train_loader:
        batch = {k: v.cuda() for k, v in batch.items()}
        loss = model(**batch).loss
        loss.backward()
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad()
    print(f"第 {epoch + 1} 轮, loss={loss.item():.4f}")
