from transformers import AutoModelForMaskedLM, AutoTokenizer, pipeline

fill = pipeline("fill-mask", model="FacebookAI/roberta-base")
print(fill("The capital of France is <mask>."))

tokenizer = AutoTokenizer.from_pretrained("roberta-base", add_prefix_space=True)
model = AutoModelForMaskedLM.from_pretrained("roberta-base", output_hidden_states=True)
layers = model(**tokenizer("hello world", return_tensors="pt")).hidden_states
print(len(layers))
