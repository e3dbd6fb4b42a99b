import torch
from transformers import AutoModelForCausalLM

REVISION = "v1.1"
model = AutoModelForCausalLM.from_pretrained(
    "tiiuae/falcon-7b",
    trust_remote_code=True,
    revision=REVISION,
    torch_dtype=torch.bfloat16,
    device_map="auto",
)
