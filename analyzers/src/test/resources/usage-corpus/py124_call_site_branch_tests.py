from datasets import load_dataset


def prepare(name, split):
    if name in ["acme/qa", "acme/nli"]:
        data = load_dataset("acme/glue-like", name, split=split)
    elif name == "acme/news":
        data = load_dataset(name, "full", split=split)
    elif name != "acme/reviews":
        data = load_dataset(name, "other", split=split)
    else:
        data = load_dataset(name, split=split)
    return data


prepare("acme/news", "train")
prepare("acme/reviews", "test")
prepare("acme/books", "test")
