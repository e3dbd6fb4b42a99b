import timm

distilled = timm.create_model("resmlp_24_distilled_224", pretrained=True)
renamed = timm.create_model("efficientnet_b3a", pretrained=True)
retired = timm.create_model("vit_deit_small_patch16_224", pretrained=True)
