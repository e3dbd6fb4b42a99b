from transformers import T5ForConditionalGeneration, T5Tokenizer

tokenizer = T5Tokenizer.from_pretrained("t5-small", model_max_length=512)
model = T5ForConditionalGeneration.from_pretrained("t5-small")


def headline(text: str) -> str:
    input_ids = tokenizer("summarize: " + text, return_tensors="pt").input_ids
    outputs = model.generate(input_ids, max_new_tokens=24, num_beams=3)
    return tokenizer.decode(outputs[0], skip_special_tokens=True)
