from diffusers import UNet2DConditionModel, AutoencoderKL, DDIMScheduler

unet = UNet2DConditionModel.from_pretrained("stabilityai/stable-diffusion-2-1", subfolder="unet")
vae = AutoencoderKL.from_pretrained("stabilityai/sd-vae-ft-mse")
scheduler = DDIMScheduler.from_pretrained("stabilityai/stable-diffusion-2-1", subfolder="scheduler")
