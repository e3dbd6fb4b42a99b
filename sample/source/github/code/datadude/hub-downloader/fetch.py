import json

from huggingface_hub import hf_hub_download, snapshot_download

config_path = hf_hub_download(repo_id="google-bert/bert-base-uncased", filename="config.json")
with open(config_path) as f:
    print(json.load(f)["hidden_size"])

weights = hf_hub_download("FacebookAI/roberta-base", "model.safetensors", revision="main")
print(weights)

local = snapshot_download("openai-community/gpt2", allow_patterns=["*.json", "*.txt"])
print(local)
