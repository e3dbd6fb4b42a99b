import timm

backbone = timm.create_model("hf_hub:nateraw/resnet18-random")
