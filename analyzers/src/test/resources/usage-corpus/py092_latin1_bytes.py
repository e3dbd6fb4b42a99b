# -*- coding: latin-1 -*-
from transformers import CamembertModel

# modèle français
model = CamembertModel.from_pretrained("camembert-base")
