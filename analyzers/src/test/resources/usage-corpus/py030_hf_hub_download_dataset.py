from huggingface_hub import hf_hub_download

csv = hf_hub_download("imdb", "plain_text/train.parquet", repo_type="dataset")
