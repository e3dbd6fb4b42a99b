import os
import sys

import open_clip
from open_clip import create_model, create_model_from_pretrained


class FrozenImageEmbedder:
    def __init__(self, arch="ViT-H-14", version="laion2b_s32b_b79k", device="cuda"):
        model, _, _ = open_clip.create_model_and_transforms(arch, device=device, pretrained=version)
        self.model = model


def spellings():
    open_clip.create_model_and_transforms("ViT-B/32", pretrained="LAION2B-S34B-B79K")
    create_model("ViT-B-32-quickgelu", pretrained="openai")
    create_model("RN50", "yfcc15m")
    create_model_from_pretrained("ViT-B-16", pretrained="dfn2b")


def no_hub_weights():
    create_model("ViT-B-32", pretrained="checkpoints/epoch_10.pt")
    create_model("ViT-B-32")
    create_model("ViT-B-32", pretrained=None)


def chosen(small):
    tag = "openai" if small else "laion2b_s32b_b82k"
    return create_model("ViT-L-14", pretrained=tag)


def at_run_time(name=None):
    create_model("ViT-L-14", pretrained=os.environ["CLIP_WEIGHTS"])
    create_model(sys.argv[1], pretrained="openai")
    create_model("ViT-B-16", pretrained=name)


PAIRS = {"small": ("ViT-B-32", "openai"), "large": ("ViT-L-14", "laion2b_s32b_b82k")}


def from_table(key):
    name, tag = PAIRS[key]
    return create_model(name, pretrained=tag)
