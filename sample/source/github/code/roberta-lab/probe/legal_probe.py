from transformers import AutoModel, AutoTokenizer

# Same probing as probe.py, on a domain model: does legal pre-training change what the layers encode?
name = "nlpaueb/legal-bert-small-uncased"
tokenizer = AutoTokenizer.from_pretrained(name)
model = AutoModel.from_pretrained(name, output_hidden_states=True)

clause = "The lessee shall indemnify the lessor against all claims arising from the use of the premises."
states = model(**tokenizer(clause, return_tensors="pt")).hidden_states
print([tuple(s.shape) for s in states])
