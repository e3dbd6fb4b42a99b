from diffusers import StableDiffusionPipeline
from transformers import BertConfig, BertModel

PAINTER = "https://huggingface.co/acme/painter/blob/main/painter-v1.safetensors"

pipe = StableDiffusionPipeline.from_single_file(PAINTER)
sketch = StableDiffusionPipeline.from_single_file("hf.co/acme/sketcher/resolve/v2/weights/sketch.ckpt?download=true")
local = StableDiffusionPipeline.from_single_file("checkpoints/painter-v1.ckpt")
bare = StableDiffusionPipeline.from_single_file("acme/painter")
photos = StableDiffusionPipeline.from_single_file("https://huggingface.co/datasets/acme/photos/resolve/main/p.ckpt")
mirror = StableDiffusionPipeline.from_single_file("https://example.org/acme/painter/blob/main/painter-v1.safetensors")

config = BertConfig.from_pretrained("https://huggingface.co/acme/tiny-bert/resolve/main/config.json")
legacy = BertConfig.from_pretrained("https://huggingface.co/gpt2/resolve/main/config.json")
page = BertModel.from_pretrained("https://huggingface.co/acme/tiny-bert")
