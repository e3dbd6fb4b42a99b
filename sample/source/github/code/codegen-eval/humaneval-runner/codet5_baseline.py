from transformers import AutoTokenizer, T5ForConditionalGeneration

checkpoint = "Salesforce/codet5-base"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = T5ForConditionalGeneration.from_pretrained(checkpoint)


def fill_mask(code: str) -> str:
    ids = tokenizer(code, return_tensors="pt").input_ids
    return tokenizer.decode(model.generate(ids, max_length=16)[0], skip_special_tokens=True)


print(fill_mask("def greet(user): print(f'hello <extra_id_0>!')"))
