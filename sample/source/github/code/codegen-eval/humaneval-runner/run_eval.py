import argparse
import json

from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="bigcode/starcoder")
parser.add_argument("--n-samples", type=int, default=1)
parser.add_argument("--out", default="samples.jsonl")
args = parser.parse_args()

tokenizer = AutoTokenizer.from_pretrained(args.model, trust_remote_code=True)
model = AutoModelForCausalLM.from_pretrained(args.model, device_map="auto", torch_dtype="auto", trust_remote_code=True)
problems = load_dataset("openai_humaneval", split="test")

with open(args.out, "w") as out:
    for problem in problems:
        ids = tokenizer(problem["prompt"], return_tensors="pt").to(model.device)
        for _ in range(args.n_samples):
            gen = model.generate(**ids, max_new_tokens=384, do_sample=True, temperature=0.2, top_p=0.95)
            completion = tokenizer.decode(gen[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
            out.write(json.dumps({"task_id": problem["task_id"], "completion": completion}) + "\n")
