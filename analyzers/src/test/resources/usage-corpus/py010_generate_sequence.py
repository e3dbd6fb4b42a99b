from transformers import AutoTokenizer, AutoModelForSeq2SeqLM


def summarize(text):
    tokenizer = AutoTokenizer.from_pretrained("facebook/bart-large-cnn")
    model = AutoModelForSeq2SeqLM.from_pretrained("facebook/bart-large-cnn")
    inputs = tokenizer(text, return_tensors="pt", truncation=True)
    ids = model.generate(inputs["input_ids"], num_beams=4, max_length=120)
    return tokenizer.decode(ids[0], skip_special_tokens=True)
