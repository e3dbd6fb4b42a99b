# -*- coding: utf-8 -*-
from transformers import BertModel

print "loading"
model = BertModel.from_pretrained('bert-base-chinese')
print model
