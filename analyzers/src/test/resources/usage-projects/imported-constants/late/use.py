from transformers import AutoModel

from late.defaults import BEFORE_STAR
from late.restarred import AFTER_STAR

first = AutoModel.from_pretrained(BEFORE_STAR)
second = AutoModel.from_pretrained(AFTER_STAR)
