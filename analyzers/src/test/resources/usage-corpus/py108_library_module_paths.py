from diffusers.pipelines import StableDiffusionPipeline
from diffusers.models import AutoencoderKL
from sentence_transformers.SentenceTransformer import SentenceTransformer

pipe = StableDiffusionPipeline.from_pretrained("CompVis/stable-diffusion-v1-4")
vae = AutoencoderKL.from_pretrained("stabilityai/sd-vae-ft-ema")
embedder = SentenceTransformer("paraphrase-MiniLM-L6-v2")
