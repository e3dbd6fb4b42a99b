import time

import timm
import torch

CANDIDATES = ["resnet50", "hf-hub:timm/vit_base_patch16_224.augreg2_in21k_ft_in1k", "hf_hub:timm/resnet50.a1_in1k"]


@torch.inference_mode()
def throughput(name, batch=32, steps=20, device="cuda"):
    model = timm.create_model(name, pretrained=True).to(device).eval().half()
    x = torch.randn(batch, 3, 224, 224, device=device, dtype=torch.half)
    for _ in range(3):
        model(x)
    torch.cuda.synchronize()
    start = time.perf_counter()
    for _ in range(steps):
        model(x)
    torch.cuda.synchronize()
    return batch * steps / (time.perf_counter() - start)


if __name__ == "__main__":
    for name in CANDIDATES:
        print(f"{name}: {throughput(name):.1f} img/s")
