from starred.config import *
from transformers import *

encoder = AutoModel.from_pretrained(ENCODER)
