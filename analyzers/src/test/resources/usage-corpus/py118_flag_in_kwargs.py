import sys

import timm

large = len(sys.argv) > 1
no_weights = {"num_classes": 10, "pretrained": False}
weights = dict(pretrained=True, num_classes=10)
sizes = {"num_classes": 10}
first = timm.create_model("convnext_tiny" if large else "convnext_small", **no_weights)
second = timm.create_model("convnext_base", **weights)
third = timm.create_model("convnext_large", **sizes)
fourth = timm.create_model("resnet50", **dict(sys.modules))
# A **splat of a dictionary the file spells out answers for the flag: False (or no such key, the
# library's default) loads nothing, True loads the Hub weights. Any other splat keeps the call,
# conditional on the splat.
