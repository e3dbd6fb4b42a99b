"""Renders the model table of README.md from the list below (no model is downloaded)."""

MODELS = [
    ("NLP", "bert-base-uncased", "The original uncased BERT base"),
    ("NLP", "roberta-base", "Robustly optimised BERT"),
    ("NLP", "t5-small", "Text-to-text transformer, 60M parameters"),
    ("NLP", "gpt2", "OpenAI GPT-2, 124M parameters"),
    ("Code", "microsoft/codebert-base", "Bimodal code/NL encoder"),
    ("Code", "bigcode/starcoder", "15B code LLM"),
    ("LLM", "meta-llama/Llama-2-7b-hf", "Llama 2 base"),
    ("LLM", "mistralai/Mistral-7B-v0.1", "Mistral base"),
    ("Speech", "openai/whisper-small", "Multilingual ASR"),
    ("Vision", "google/vit-base-patch16-224", "ViT base, ImageNet-21k + 1k"),
    ("Diffusion", "runwayml/stable-diffusion-v1-5", "Stable Diffusion 1.5"),
    ("Diffusion", "stabilityai/stable-diffusion-xl-base-1.0", "SDXL base"),
]


def render():
    rows = ["| Area | Model | Notes |", "| --- | --- | --- |"]
    for area, name, note in MODELS:
        rows.append(f"| {area} | [{name}](https://huggingface.co/{name}) | {note} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(render())
