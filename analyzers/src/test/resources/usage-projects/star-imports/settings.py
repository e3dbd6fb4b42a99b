# A project module that imports the classes for the scripts that star-import it.
from transformers import AutoModel, AutoTokenizer

MAX_LENGTH = 128
