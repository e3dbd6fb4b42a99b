import sys
from pathlib import Path

import torch
from diffusers import AutoPipelineForText2Image

pipe = AutoPipelineForText2Image.from_pretrained(
    "stabilityai/stable-diffusion-xl-base-1.0", torch_dtype=torch.float16, variant="fp16"
).to("cuda")

out = Path("renders")
out.mkdir(exist_ok=True)
for i, prompt in enumerate(Path(sys.argv[1]).read_text().splitlines()):
    pipe(prompt=prompt, num_inference_steps=30, height=1024, width=1024).images[0].save(out / f"{i:04d}.png")
