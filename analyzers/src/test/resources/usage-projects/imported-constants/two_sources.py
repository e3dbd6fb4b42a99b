from transformers import AutoModel

try:
    from settings import CHECKPOINT
except ImportError:
    from pkg.names import ENCODER as CHECKPOINT

model = AutoModel.from_pretrained(CHECKPOINT)
