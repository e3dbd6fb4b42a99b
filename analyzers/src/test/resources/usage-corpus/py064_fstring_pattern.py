from transformers import AutoModelForCausalLM


def load(size):
    return AutoModelForCausalLM.from_pretrained(f"facebook/opt-{size}")
