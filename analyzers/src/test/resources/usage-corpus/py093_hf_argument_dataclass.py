from dataclasses import dataclass, field
from typing import Optional

from transformers import AutoModelForSequenceClassification, HfArgumentParser


@dataclass
class ModelArguments:
    model_name_or_path: str = field(default="microsoft/deberta-v3-small", metadata={"help": "checkpoint"})
    cache_dir: Optional[str] = None


def main():
    parser = HfArgumentParser((ModelArguments,))
    (model_args,) = parser.parse_args_into_dataclasses()
    model = AutoModelForSequenceClassification.from_pretrained(model_args.model_name_or_path)
    return model
