"""Inline completion and chat-style fixes for the editor plugin."""
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

COMPLETION_MODEL = "bigcode/starcoder2-3b"
CHAT_MODEL = "Qwen/Qwen2.5-Coder-1.5B-Instruct"


class Completer:
    def __init__(self, device: str = "cuda"):
        self.tokenizer = AutoTokenizer.from_pretrained(COMPLETION_MODEL)
        self.model = AutoModelForCausalLM.from_pretrained(COMPLETION_MODEL, torch_dtype=torch.bfloat16).to(device)

    def complete(self, prefix: str, suffix: str = "", max_new_tokens: int = 64) -> str:
        prompt = f"<fim_prefix>{prefix}<fim_suffix>{suffix}<fim_middle>"
        inputs = self.tokenizer(prompt, return_tensors="pt").to(self.model.device)
        out = self.model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
        return self.tokenizer.decode(out[0][inputs["input_ids"].shape[1]:], skip_special_tokens=True)


class FixSuggester:
    def __init__(self):
        self.tokenizer = AutoTokenizer.from_pretrained(CHAT_MODEL)
        self.model = AutoModelForCausalLM.from_pretrained(CHAT_MODEL, torch_dtype="auto", device_map="auto")

    def suggest(self, code: str, error: str) -> str:
        messages = [
            {"role": "system", "content": "You are a careful senior engineer. Answer with a patch only."},
            {"role": "user", "content": f"This code fails with `{error}`:\n\n{code}"},
        ]
        text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        inputs = self.tokenizer([text], return_tensors="pt").to(self.model.device)
        out = self.model.generate(**inputs, max_new_tokens=512)
        return self.tokenizer.batch_decode(out[:, inputs.input_ids.shape[1]:], skip_special_tokens=True)[0]
