import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, T5ForConditionalGeneration

SUMMARY_MODEL = "Salesforce/codet5-base"
REVIEW_MODEL = "bigcode/starcoder"


class DiffSummarizer:
    def __init__(self):
        self.tokenizer = AutoTokenizer.from_pretrained(SUMMARY_MODEL)
        self.model = T5ForConditionalGeneration.from_pretrained(SUMMARY_MODEL)

    def summarize(self, diff: str) -> str:
        ids = self.tokenizer(diff, return_tensors="pt", truncation=True, max_length=512).input_ids
        out = self.model.generate(ids, max_length=64)
        return self.tokenizer.decode(out[0], skip_special_tokens=True)


class StarCoderReviewer:
    def __init__(self, load_in_8bit: bool = True):
        self.tokenizer = AutoTokenizer.from_pretrained(REVIEW_MODEL)
        self.model = AutoModelForCausalLM.from_pretrained(
            REVIEW_MODEL, device_map="auto", load_in_8bit=load_in_8bit, torch_dtype=torch.float16
        )

    def review(self, diff: str, max_new_tokens: int = 256) -> str:
        prompt = f"<commit_before>\n{diff}\n<commit_msg>Review comments:\n"
        inputs = self.tokenizer(prompt, return_tensors="pt").to(self.model.device)
        out = self.model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False,
                                  pad_token_id=self.tokenizer.eos_token_id)
        return self.tokenizer.decode(out[0][inputs["input_ids"].shape[1]:], skip_special_tokens=True)
