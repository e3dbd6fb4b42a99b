import torch
import torchvision.models as models

# torchvision weights, not the Hugging Face Hub
backbone = models.resnet50(weights=models.ResNet50_Weights.IMAGENET1K_V2)
backbone.fc = torch.nn.Identity()
backbone.eval()

hub_model = torch.hub.load("pytorch/vision", "resnet50", weights="IMAGENET1K_V2")


def features(batch):
    with torch.no_grad():
        return backbone(batch)
