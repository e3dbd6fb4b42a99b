import torch
from diffusers import DiffusionPipeline, DPMSolverMultistepScheduler, LCMScheduler, StableDiffusionPipeline

MODELS = {
    "sd15": "runwayml/stable-diffusion-v1-5",
    "sdxl": "stabilityai/stable-diffusion-xl-base-1.0",
}


def load_sd15(device: str = "cuda", lcm: bool = False):
    pipe = StableDiffusionPipeline.from_pretrained(
        MODELS["sd15"], torch_dtype=torch.float16, safety_checker=None, use_safetensors=True
    )
    if lcm:
        pipe.scheduler = LCMScheduler.from_config(pipe.scheduler.config)
        pipe.load_lora_weights("latent-consistency/lcm-lora-sdv1-5")
        pipe.fuse_lora()
    else:
        pipe.scheduler = DPMSolverMultistepScheduler.from_config(pipe.scheduler.config)
    return pipe.to(device)


def load_sdxl(device: str = "cuda", offload: bool = False):
    pipe = DiffusionPipeline.from_pretrained(
        MODELS["sdxl"], torch_dtype=torch.float16, variant="fp16", use_safetensors=True
    )
    if offload:
        pipe.enable_model_cpu_offload()
    else:
        pipe.to(device)
    pipe.enable_vae_slicing()
    return pipe
