from peft import AutoPeftModelForCausalLM

model = AutoPeftModelForCausalLM.from_pretrained("smangrul/tinyllama_lora_norobots")
