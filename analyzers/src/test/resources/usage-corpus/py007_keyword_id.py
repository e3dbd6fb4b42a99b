from transformers import AutoModel

model = AutoModel.from_pretrained(pretrained_model_name_or_path="microsoft/codebert-base", revision="main")
