import torch
from diffusers import AutoencoderKL, ControlNetModel, StableDiffusionPipeline
from diffusers.models import UNet2DConditionModel

VAE = "https://huggingface.co/acme/painter/blob/main/vae/painter-vae.safetensors"


class TunedVae(AutoencoderKL):
    pass


vae = AutoencoderKL.from_single_file(VAE, torch_dtype=torch.float16)
lines = ControlNetModel.from_single_file(pretrained_model_link_or_path_or_dict="https://huggingface.co/acme/lines/blob/main/lines.pth")
unet = UNet2DConditionModel.from_single_file("unet/painter-unet.safetensors", config="acme/painter", subfolder="unet")
tuned = TunedVae.from_single_file("https://hf.co/acme/tuned-vae/resolve/main/vae.safetensors")
pipe = StableDiffusionPipeline.from_single_file("painter.ckpt", config="acme/painter")
