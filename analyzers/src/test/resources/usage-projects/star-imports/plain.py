from helpers import *

model = AutoModel.from_pretrained("bert-base-cased")
