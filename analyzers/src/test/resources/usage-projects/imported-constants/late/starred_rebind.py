from transformers import AutoModel

from late.defaults import BEFORE_STAR
from late.rebinds import *

model = AutoModel.from_pretrained(BEFORE_STAR)
