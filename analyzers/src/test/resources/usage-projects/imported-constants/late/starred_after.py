from transformers import AutoModel

from late.defaults import BEFORE_STAR
from late.overrides import *
from late.hidden import *

model = AutoModel.from_pretrained(BEFORE_STAR)
