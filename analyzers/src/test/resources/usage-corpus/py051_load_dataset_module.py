import datasets

squad = datasets.load_dataset(path="rajpurkar/squad")
