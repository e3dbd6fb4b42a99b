from transformers import AutoModel

from starred.reexport import *
from starred.newer import *

decoder = AutoModel.from_pretrained(DECODER)
encoder = AutoModel.from_pretrained(ENCODER)
