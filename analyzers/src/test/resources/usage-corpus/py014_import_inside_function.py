def get_model():
    from transformers import T5ForConditionalGeneration
    return T5ForConditionalGeneration.from_pretrained("t5-small")
