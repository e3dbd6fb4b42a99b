import open_clip
from huggingface_hub import hf_hub_download, snapshot_download
from open_clip.factory import create_model_and_transforms
from peft import PeftModel
from transformers import AutoModelForCausalLM

weights = hf_hub_download("stabilityai/sd-vae-ft-mse", filename="diffusion_pytorch_model.bin")
folder = snapshot_download(repo_id="Qwen/Qwen2-0.5B", revision="main")
base = AutoModelForCausalLM.from_pretrained("facebook/opt-350m")
tuned = PeftModel.from_pretrained(base, "ybelkada/opt-350m-lora")
clip, _, preprocess = open_clip.create_model_and_transforms("hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K")
again = create_model_and_transforms("hf-hub:apple/DFN5B-CLIP-ViT-H-14")
builtin = open_clip.create_model_and_transforms("ViT-B-32", pretrained="openai")
