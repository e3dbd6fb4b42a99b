from app.common import *

pipe = DiffusionPipeline.from_pretrained("stabilityai/sdxl-turbo")
