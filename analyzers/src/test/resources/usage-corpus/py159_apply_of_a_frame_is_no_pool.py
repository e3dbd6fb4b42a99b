import multiprocessing as mp
from multiprocessing.pool import ThreadPool

import pandas as pd
from transformers import AutoModel


def load_one(name, revision):
    return AutoModel.from_pretrained(name, revision=revision)


def pooled(name):
    return AutoModel.from_pretrained(name)


def threaded(name):
    return AutoModel.from_pretrained(name)


def run(frame):
    frame["model"].apply(load_one, args=("v2",))
    workers = mp.get_context("spawn").Pool(2)
    workers.apply(pooled, ("acme/pooled-model",))
    with ThreadPool(2) as threads:
        threads.apply(threaded, args=("acme/threaded-model",))


run(pd.read_csv("models.csv"))
