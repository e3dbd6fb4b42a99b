import sys

from diffusers import DiffusionPipeline


def pick(kind, override=""):
    checkpoint = override
    if kind == "inpaint":
        if not checkpoint:
            checkpoint = "acme/inpaint-base"
        return DiffusionPipeline.from_pretrained(checkpoint)
    elif kind == "upscale":
        if not checkpoint:
            checkpoint = "acme/upscale-base"
        return DiffusionPipeline.from_pretrained(checkpoint)
    else:
        if not checkpoint:
            checkpoint = "acme/text-base"
        return DiffusionPipeline.from_pretrained(checkpoint)


def retry(kinds):
    name = ""
    for kind in kinds:
        if kind == "first":
            name = "acme/first-try"
        else:
            DiffusionPipeline.from_pretrained(name)


pick(sys.argv[1])
retry(sys.argv[2:])
