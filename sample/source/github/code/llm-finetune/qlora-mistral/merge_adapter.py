import torch
from peft import AutoPeftModelForCausalLM, PeftModel
from transformers import AutoModelForCausalLM

base = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-v0.1", torch_dtype=torch.float16)
merged = PeftModel.from_pretrained(base, "out/qlora-mistral/adapter").merge_and_unload()
merged.save_pretrained("out/qlora-mistral/merged", safe_serialization=True)

# Alpaca LoRA on Llama 2 loads the same way, straight from the Hub:
alpaca = AutoPeftModelForCausalLM.from_pretrained("tloen/alpaca-lora-7b", torch_dtype=torch.float16)
