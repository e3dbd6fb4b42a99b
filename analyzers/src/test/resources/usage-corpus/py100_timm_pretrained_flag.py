import argparse

import timm

USE_WEIGHTS = True
parser = argparse.ArgumentParser()
parser.add_argument("--pretrained", action="store_true")
args = parser.parse_args()


def backbone(name="efficientnet_b0", pretrained=True):
    return timm.create_model(name, pretrained=pretrained)


def from_flag(flag):
    return timm.create_model("resnet34", pretrained=flag)


constant = timm.create_model("resnet50", pretrained=USE_WEIGHTS)
positional = timm.create_model("resnet18", True)
cli = timm.create_model("densenet121", pretrained=args.pretrained)
negated = timm.create_model("vgg16", pretrained=not USE_WEIGHTS)


def splat(**kwargs):
    return timm.create_model("mobilenetv3_large_100", **kwargs)


scratch = timm.create_model("resnet101")
