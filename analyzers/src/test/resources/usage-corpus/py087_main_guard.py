from transformers import AutoModelForCausalLM, AutoTokenizer

if __name__ == "__main__":
    name = "Qwen/Qwen2-0.5B"
    tok = AutoTokenizer.from_pretrained(name)
    lm = AutoModelForCausalLM.from_pretrained(name, device_map="auto")
    out = lm.generate(**tok("hi", return_tensors="pt"))
