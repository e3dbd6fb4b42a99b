import sys
from dataclasses import dataclass, field
from typing import Optional

from transformers import AutoConfig, AutoTokenizer, HfArgumentParser


@dataclass
class ModelArguments:
    model_name_or_path: str = field(default="google/electra-small-discriminator")
    tokenizer_name: Optional[str] = field(default=None)
    config_name: str = field(default="google/electra-base-discriminator")


model_args, = HfArgumentParser(ModelArguments).parse_args_into_dataclasses()
tokenizer = AutoTokenizer.from_pretrained(model_args.tokenizer_name or model_args.model_name_or_path)
config = AutoConfig.from_pretrained(model_args.config_name or model_args.model_name_or_path)
chosen = AutoTokenizer.from_pretrained(sys.argv[1] or "google/electra-large-discriminator")
# `a or b` is b when a is false (a None default: the default of b), a when a is a known true
# value, and a choice between the two when a is known only at run time.
