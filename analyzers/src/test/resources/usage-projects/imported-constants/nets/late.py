import timm

from nets.names import SMALL_NETS
from nets.override import *


def warm_up():
    for arch in SMALL_NETS:
        timm.create_model(arch, pretrained=True)
