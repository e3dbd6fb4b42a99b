import timm

CNNS = ["resnet18", "resnet34"]
VITS = ("vit_small_patch16_224",)
LARGE = ["resnet101"]
BACKBONES = CNNS + LARGE
EVERY = CNNS + ["convnext_tiny"] + [*VITS]
UNKNOWN_TOO = CNNS + timm.list_models("eva*")


def build_all():
    return [timm.create_model(arch, pretrained=True) for arch in EVERY]


def warm_up():
    for arch in BACKBONES:
        timm.create_model(arch, pretrained=True)
    for arch in UNKNOWN_TOO:
        timm.create_model(arch, pretrained=True)
