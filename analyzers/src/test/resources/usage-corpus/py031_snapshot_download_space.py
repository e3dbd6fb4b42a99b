from huggingface_hub import snapshot_download

snapshot_download(repo_id="gradio/hello_world", repo_type="space", local_dir="./app")
snapshot_download("mistralai/Mistral-7B-v0.1", allow_patterns=["*.json"])
