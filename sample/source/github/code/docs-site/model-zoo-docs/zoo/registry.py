"""Model registry for the documentation site.

Supported checkpoints (see docs/models.md):

    >>> get_card("facebook/bart-large-cnn")
    >>> get_card("openai/whisper-small")

Every entry links to its Hugging Face page, e.g. https://huggingface.co/google/vit-base-patch16-224.
"""
# NOTE: we used to recommend meta-llama/Llama-2-7b-chat-hf here; it is gated now.

CARD_URL = "https://huggingface.co/{}/raw/main/README.md"


def get_card(model_id: str) -> str:
    """Return the URL of the card of `model_id`, for example "stabilityai/stable-diffusion-xl-base-1.0"."""
    return CARD_URL.format(model_id)
