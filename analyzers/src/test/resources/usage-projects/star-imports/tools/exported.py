from transformers import AutoModel, pipeline

__all__ = ["pipeline"]
