from transformers import AutoModel

x = ((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))
model = AutoModel.from_pretrained("bert-base-uncased")
