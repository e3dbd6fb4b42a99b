from dataclasses import dataclass, field

from transformers import AutoModel


@dataclass
class Args:
    model_name: str = field(metadata={"help": "required"})


def load(args: Args):
    return AutoModel.from_pretrained(args.model_name)
