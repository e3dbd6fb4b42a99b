from transformers import GPT2LMHeadModel, GPT2Tokenizer, set_seed

set_seed(7)
tokenizer = GPT2Tokenizer.from_pretrained("gpt2")
model = GPT2LMHeadModel.from_pretrained("checkpoints/gpt2-poetry")  # fine-tuned from gpt2


def verse(opening: str) -> str:
    ids = tokenizer.encode(opening, return_tensors="pt")
    out = model.generate(ids, max_length=64, do_sample=True, top_k=40, temperature=0.9,
                         pad_token_id=tokenizer.eos_token_id, no_repeat_ngram_size=3)
    return tokenizer.decode(out[0], skip_special_tokens=True)
