"""Keeps this repository in sync with google-bert/bert-base-uncased on the Hugging Face Hub."""
from huggingface_hub import snapshot_download

REPO_ID = "google-bert/bert-base-uncased"

if __name__ == "__main__":
    snapshot_download(repo_id=REPO_ID, local_dir=".", local_dir_use_symlinks=False,
                      ignore_patterns=["*.h5", "*.msgpack", "*.ot", "coreml/*"])
