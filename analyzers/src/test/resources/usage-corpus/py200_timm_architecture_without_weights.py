import timm

backbone = timm.create_model("resnetblur18", pretrained=True)
trained = timm.create_model("resnet18", pretrained=True)
tagged = timm.create_model("resnetblur18.untrained", pretrained=True)
