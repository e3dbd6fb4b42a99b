import os

from nets.extra import OUTSIDE

NETS_A = ["resnet18", "resnet34"]
NETS_B = ["efficientnet_b0"]
SMALL_NETS = NETS_A + NETS_B
LARGE_NETS = ("resnet101", "resnet152")

SWITCHED = ["convnext_tiny"]
if os.environ.get("BIG"):
    SWITCHED = ["convnext_large"]

PARTLY = NETS_A + OUTSIDE
