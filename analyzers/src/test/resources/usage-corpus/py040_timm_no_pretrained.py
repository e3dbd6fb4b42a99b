import timm

model = timm.create_model("resnet50", num_classes=10)
scratch = timm.create_model("vit_base_patch16_224", pretrained=False)
