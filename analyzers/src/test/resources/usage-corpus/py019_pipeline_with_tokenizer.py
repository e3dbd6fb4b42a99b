import transformers

gen = transformers.pipeline("text-generation", model="EleutherAI/gpt-neo-125M", tokenizer="EleutherAI/gpt-neo-125M")
