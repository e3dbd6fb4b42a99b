import sys

import timm

large = len(sys.argv) > 1
flagged = timm.create_model("resnet50", pretrained=True if large else False)
chosen = timm.create_model("resnet18" if large else "resnet34", pretrained=large)
never = timm.create_model("vgg16" if large else "vgg19", pretrained=False)
