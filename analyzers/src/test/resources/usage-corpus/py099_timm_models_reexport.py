from timm.models import create_model
import timm.models as tm
from timm.models.factory import create_model as old_factory

backbone = create_model("convnext_tiny", pretrained=True)
head = tm.create_model("resnet18", pretrained=True, num_classes=4)
legacy = old_factory("hf-hub:timm/vit_small_patch16_224.augreg_in21k")
