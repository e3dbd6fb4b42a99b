import os
import urllib.request

import requests
import torch
import wget
from basicsr.utils.download_util import load_file_from_url
from torch.hub import download_url_to_file

ANNOTATORS = "https://huggingface.co/acme-lab/annotators/resolve/main/"
EDGES = ANNOTATORS + "edges-v2.pth"


class EdgeDetector:
    def __init__(self, root="ckpts"):
        path = os.path.join(root, "edges-v2.pth")
        if not os.path.exists(path):
            load_file_from_url(EDGES, model_dir=root)


def weights(version):
    state = torch.hub.load_state_dict_from_url("https://huggingface.co/acme-lab/depth-small/resolve/main/depth.pt")
    download_url_to_file("https://hf.co/acme-lab/pose/blob/main/pose.onnx", "pose.onnx")
    urllib.request.urlretrieve("https://huggingface.co/acme-lab/segmenter/resolve/main/seg.bin?download=true", "seg.bin")
    wget.download(f"https://huggingface.co/acme-lab/depth-{version}/resolve/main/depth.pt")
    return state


def elsewhere(url):
    torch.hub.load_state_dict_from_url("https://download.example.org/models/resnet50-0676ba61.pth")
    load_file_from_url(url)
    urllib.request.urlretrieve("https://huggingface.co/datasets/acme-lab/samples/resolve/main/cat.jpg", "cat.jpg")
    wget.download("https://example.org/data.zip")
    requests.get("https://huggingface.co/api/models/acme-lab/pose")


def streamed(url):
    return requests.get(url, stream=True)


streamed("https://huggingface.co/acme-lab/diffusion-v2/resolve/main/v2-pruned.ckpt")


def card(name=""):
    return requests.get(f"https://huggingface.co/acme-lab/{name}/raw/main/README.md")
