import torch
from transformers import LlamaForCausalLM, LlamaTokenizer

tok = LlamaTokenizer.from_pretrained("meta-llama/Llama-2-7b-hf")
model = LlamaForCausalLM.from_pretrained("meta-llama/Llama-2-7b-hf", torch_dtype=torch.float16, device_map="auto")

prompt = "Q: What is the largest planet in the solar system?\nA:"
ids = tok(prompt, return_tensors="pt").input_ids.to(model.device)
print(tok.decode(model.generate(ids, max_new_tokens=32)[0]))
