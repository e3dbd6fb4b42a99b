from huggingface_hub.file_download import hf_hub_download

weights = hf_hub_download("facebook/sam-vit-base", "model.safetensors")
