from transformers import AutoModel, AutoTokenizer

MODEL = "acme/encoder"
CACHE_FOLDER = "models--acme--encoder"

flat = AutoModel.from_pretrained(MODEL.replace("/", "_"))
cache_name = AutoModel.from_pretrained(MODEL.replace("/", "--"))
owner_dropped = AutoModel.from_pretrained(MODEL.removeprefix("acme/"))
in_a_path = AutoModel.from_pretrained(f"./checkpoints/{MODEL.replace('/', '_')}")
restored = AutoTokenizer.from_pretrained(CACHE_FOLDER.removeprefix("models--").replace("--", "/"))
renamed = AutoModel.from_pretrained(MODEL.replace("/encoder", "/decoder"))


def pick(legacy):
    name = "gpt2" if legacy else "acme/encoder"
    return AutoModel.from_pretrained(name.replace("/", "_"))
