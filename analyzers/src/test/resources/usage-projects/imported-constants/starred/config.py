__all__ = ["ENCODER", "DECODER", "TAGGER", "SWITCHED"]

import os

ENCODER = "acme/starred-encoder"
DECODER = "acme/starred-decoder"
TAGGER = "acme/starred-tagger"
HIDDEN = "acme/left-out-of-all"
_PRIVATE = "acme/private-name"

if os.environ.get("BIG"):
    SWITCHED = "acme/switched-big"
else:
    SWITCHED = "acme/switched-small"
