import gradio as gr
import torch
from diffusers import StableDiffusionPipeline

pipe = StableDiffusionPipeline.from_pretrained("runwayml/stable-diffusion-v1-5", torch_dtype=torch.float16)
pipe = pipe.to("cuda")
pipe.enable_attention_slicing()


def generate(prompt, steps, seed):
    generator = torch.Generator("cuda").manual_seed(int(seed))
    return pipe(prompt, num_inference_steps=int(steps), generator=generator).images[0]


gr.Interface(generate, [gr.Textbox(label="Prompt"), gr.Slider(10, 50, value=30, label="Steps"),
                        gr.Number(value=42, label="Seed")], gr.Image()).launch()
