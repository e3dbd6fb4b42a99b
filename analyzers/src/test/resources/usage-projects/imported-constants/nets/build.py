import timm

from nets.names import LARGE_NETS as BIG, PARTLY, SMALL_NETS, SWITCHED


def build(arch):
    if arch == "resnet50":
        return timm.create_model(arch, pretrained=True)
    elif arch in BIG:
        return timm.create_model(arch, pretrained=True)
    elif arch in SMALL_NETS:
        return timm.create_model(arch, pretrained=True)
    elif arch in SWITCHED:
        return timm.create_model(arch, pretrained=True)
    elif arch in PARTLY:
        return timm.create_model(arch, pretrained=True)


def warm_up():
    for arch in SMALL_NETS:
        timm.create_model(arch, pretrained=True)
