from ..common import *

pipe = DiffusionPipeline.from_pretrained("stabilityai/stable-diffusion-2-1")
