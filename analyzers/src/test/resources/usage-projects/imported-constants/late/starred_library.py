from late.defaults import BEFORE_STAR
from transformers import *

model = AutoModel.from_pretrained(BEFORE_STAR)
