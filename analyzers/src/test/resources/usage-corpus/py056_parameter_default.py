from transformers import AutoModelForCausalLM


def load_lm(model_id="bigscience/bloom-560m", device="cpu"):
    return AutoModelForCausalLM.from_pretrained(model_id).to(device)
