from datasets import load_dataset

train = load_dataset("csv", data_files={"train": "train.csv"})
images = load_dataset("imagefolder", data_dir="photos")
lines = load_dataset(path="text", data_files="corpus.txt")
hub = load_dataset("squad")
owned = load_dataset("rajpurkar/squad_v2", split="validation")
