from late.overrides import *

BEFORE_STAR = "roberta-base"
