from transformers import AutoModel, AutoTokenizer

MODELS = ["acme/install-one", "acme/install-two"]


def install(models):
    for model in models:
        tokenizer = AutoTokenizer.from_pretrained(model)
        model = AutoModel.from_pretrained(model)


install(MODELS)


def poll(queue):
    while queue:
        name = "acme/poller"
        AutoModel.from_pretrained(name)
        name = queue.pop()


def retry():
    name = "acme/first-try"
    for attempt in range(3):
        AutoModel.from_pretrained(name)
        name = "acme/second-try"
