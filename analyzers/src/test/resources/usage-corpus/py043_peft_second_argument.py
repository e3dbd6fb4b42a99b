from transformers import AutoModelForCausalLM
from peft import PeftModel

base = AutoModelForCausalLM.from_pretrained("huggyllama/llama-7b")
model = PeftModel.from_pretrained(base, "tloen/alpaca-lora-7b")
