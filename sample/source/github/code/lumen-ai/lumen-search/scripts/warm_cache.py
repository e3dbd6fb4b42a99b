#!/usr/bin/env python
"""Download the encoder weights ahead of time so the container starts offline."""
import argparse

from huggingface_hub import snapshot_download

MODELS = [
    "sentence-transformers/all-MiniLM-L6-v2",
    "sentence-transformers/all-mpnet-base-v2",
]

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache-dir", default="/models")
    args = parser.parse_args()
    for repo_id in MODELS:
        path = snapshot_download(repo_id=repo_id, cache_dir=args.cache_dir, allow_patterns=["*.json", "*.safetensors", "*.txt"])
        print(f"{repo_id} -> {path}")
