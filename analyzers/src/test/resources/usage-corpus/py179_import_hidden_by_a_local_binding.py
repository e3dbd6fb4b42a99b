from huggingface_hub import hf_hub_download
from transformers import AutoTokenizer, pipeline


def generate(pipeline, prompt):
    return pipeline(prompt, max_new_tokens=20)


def run_stages(stages, batch):
    for pipeline in stages:
        batch = pipeline(batch)
    return batch


def with_local_factory(make):
    pipeline = make()
    return pipeline("acme/not-a-hub-load")


def nested(pipeline):
    def step(text):
        return pipeline(text)
    return step


def local_import_wins():
    from transformers import pipeline
    return pipeline("summarization", model="acme/local-import")


def declared_global():
    global pipeline
    result = pipeline("fill-mask", model="acme/global-read")
    pipeline = None
    return result


def download(hf_hub_download=hf_hub_download):
    return hf_hub_download("acme/default-downloader", "weights.bin")


def tokenizer_class(AutoTokenizer):
    return AutoTokenizer.from_pretrained("acme/caller-class")


classifier = pipeline("text-classification", model="acme/module-level")


def local_subclass():
    class Tagger(AutoTokenizer):
        pass

    return Tagger.from_pretrained("acme/local-subclass")


def fallback_in_the_function():
    try:
        from huggingface_hub import hf_hub_download
    except ImportError:
        hf_hub_download = None
    return hf_hub_download("acme/try-imported", "config.json")
