import huggingface_hub as hub

learner = hub.from_pretrained_fastai("fastai/fastbook_02_bears_classifier")
