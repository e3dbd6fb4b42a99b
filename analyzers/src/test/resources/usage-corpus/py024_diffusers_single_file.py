from diffusers import StableDiffusionXLPipeline

pipe = StableDiffusionXLPipeline.from_single_file("https://huggingface.co/x/y/blob/main/model.safetensors")
