import timm
import torch
from PIL import Image
from transformers import ViTForImageClassification, ViTImageProcessor

BACKBONES = ("vit", "resnet50", "vit-timm")


def load(backbone: str = "vit"):
    if backbone == "vit":
        processor = ViTImageProcessor.from_pretrained("google/vit-base-patch16-224")
        model = ViTForImageClassification.from_pretrained("google/vit-base-patch16-224")
        return processor, model
    if backbone == "resnet50":
        model = timm.create_model("resnet50", pretrained=True)
    else:
        model = timm.create_model("hf-hub:timm/vit_base_patch16_224.augreg2_in21k_ft_in1k", pretrained=True)
    config = timm.data.resolve_data_config({}, model=model)
    return timm.data.create_transform(**config), model.eval()


@torch.no_grad()
def predict(image_path: str, backbone: str = "vit"):
    transform, model = load(backbone)
    image = Image.open(image_path).convert("RGB")
    if backbone == "vit":
        logits = model(**transform(images=image, return_tensors="pt")).logits
        return model.config.id2label[int(logits.argmax(-1))]
    return int(model(transform(image).unsqueeze(0)).argmax(-1))
