import transformers


class Paths:
    CHECKPOINT = "gpt2"


Paths = load_paths_from_yaml("paths.yaml")
model = transformers.AutoModel.from_pretrained(Paths.CHECKPOINT)
