from transformers import pipeline

_classifiers = {}

MODELS = {
    "sst2": "distilbert-base-uncased-finetuned-sst-2-english",
    "twitter": "cardiffnlp/twitter-roberta-base-sentiment-latest",
}


def classifier(kind: str = "sst2"):
    if kind not in _classifiers:
        _classifiers[kind] = pipeline("sentiment-analysis", model=MODELS[kind], truncation=True, top_k=None)
    return _classifiers[kind]


def score(texts, kind="sst2"):
    return [max(r, key=lambda x: x["score"]) for r in classifier(kind)(texts, batch_size=32)]
