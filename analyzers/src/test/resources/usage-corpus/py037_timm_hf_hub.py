import timm

model = timm.create_model("hf-hub:timm/convnext_tiny.in12k_ft_in1k", pretrained=True)
