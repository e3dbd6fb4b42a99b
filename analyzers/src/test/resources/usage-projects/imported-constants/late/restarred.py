AFTER_STAR = "albert-base-v2"

from late.overrides import *
