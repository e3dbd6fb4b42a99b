from datasets import load_dataset

local = load_dataset("corpus_loader.py", "clean", split="train")
nested = load_dataset("scripts/Speech_Corpus.PY", split="test")
hub = load_dataset("acme/speech-corpus", split="train")
