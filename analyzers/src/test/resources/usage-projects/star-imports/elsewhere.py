from not_in_this_tree import *

model = AutoModel.from_pretrained("roberta-base")
