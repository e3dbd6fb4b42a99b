__all__ = ["OTHER"]

OTHER = 1
BEFORE_STAR = "bert-large-uncased"
