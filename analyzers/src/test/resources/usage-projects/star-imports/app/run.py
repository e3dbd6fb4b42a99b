from .common import *

pipe = DiffusionPipeline.from_pretrained("runwayml/stable-diffusion-v1-5")
inner = AutoModel.from_pretrained("gpt2")
