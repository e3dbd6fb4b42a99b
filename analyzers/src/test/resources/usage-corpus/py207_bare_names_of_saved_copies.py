from datasets import load_dataset
from huggingface_hub import hf_hub_download, snapshot_download
from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("acme-large-tok")
model = AutoModel.from_pretrained("acme-large-model")
legacy = AutoModel.from_pretrained("roberta-base")
owned = AutoModel.from_pretrained("acme/large")
weights = hf_hub_download("acme-large-model", "pytorch_model.bin")
corpus = load_dataset("acme_corpus")
shards = snapshot_download("acme-shards", repo_type="dataset")
encoder = SentenceTransformer("acme-MiniLM-v2")
