import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from multiprocessing import Pool, Process

import torch.multiprocessing as mp
from transformers import AutoModel, AutoTokenizer, pipeline


def worker(index, settings, checkpoint):
    return AutoModel.from_pretrained(checkpoint)


def warm_up(checkpoint, task="fill-mask"):
    return pipeline(task, model=checkpoint)


def vocabulary(name):
    return AutoTokenizer.from_pretrained(name)


def fetch(repo_id, revision="main"):
    return AutoModel.from_pretrained(repo_id, revision=revision)


def unknown_source(name):
    return AutoModel.from_pretrained(name)


if __name__ == "__main__":
    mp.spawn(worker, args=(None, "acme/spawned-model"), nprocs=2)
    Process(target=warm_up, args=("acme/warm-model",), kwargs={"task": "fill-mask"}).start()
    threading.Thread(target=vocabulary, kwargs={"name": "acme/threaded-vocab"}).start()
    with ThreadPoolExecutor() as executor:
        executor.submit(fetch, "acme/submitted-model")
    with Pool(2) as pool:
        pool.apply_async(vocabulary, ("acme/pooled-vocab",))
    loader = partial(fetch, repo_id="acme/partial-model")
    Process(target=unknown_source, args=options).start()
