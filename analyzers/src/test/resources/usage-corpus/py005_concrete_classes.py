from transformers import BertTokenizerFast, BertForMaskedLM, GPT2LMHeadModel

tokenizer = BertTokenizerFast.from_pretrained("bert-base-cased")
mlm = BertForMaskedLM.from_pretrained("bert-base-cased")
lm = GPT2LMHeadModel.from_pretrained("gpt2-medium")
