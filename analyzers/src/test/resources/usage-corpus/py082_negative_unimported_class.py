model = AutoModel.from_pretrained("bert-base-uncased")
