from diffusers import DiffusionPipeline, StableDiffusionPipeline

REMOTE = "acme/remote-pipeline-code"

DiffusionPipeline.from_pretrained("acme/ddpm-base", custom_pipeline="acme/dummy-pipeline")
StableDiffusionPipeline.from_pretrained("acme/sd-base", custom_pipeline="lpw_stable_diffusion")
DiffusionPipeline.from_pretrained("acme/sd-base", custom_pipeline=REMOTE)
