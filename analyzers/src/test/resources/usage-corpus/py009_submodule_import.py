from transformers.models.bert import BertModel

encoder = BertModel.from_pretrained("bert-large-uncased")
