from transformers import AutoModelForCausalLM, AutoTokenizer


class Config:
    MODEL_ID = "meta-llama/Llama-2-7b-hf"
    MAX_LENGTH = 512


def load():
    tokenizer = AutoTokenizer.from_pretrained(Config.MODEL_ID)
    model = AutoModelForCausalLM.from_pretrained(Config.MODEL_ID, device_map="auto")
    return tokenizer, model
