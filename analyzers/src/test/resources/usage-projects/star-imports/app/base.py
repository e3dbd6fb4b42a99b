try:
    from diffusers import DiffusionPipeline
except ImportError:
    DiffusionPipeline = None


def helper():
    from transformers import AutoModel  # inside a function: not a module-level name
    return AutoModel
