import os

CACHE = os.path.expanduser("~/.cache")
