from starred.config import *
