import click
from click import argument, option

import torch
from diffusers import StableDiffusionPipeline
from transformers import AutoModel, AutoTokenizer

SIZES = ["acme/painter-small", "acme/painter-large"]


@click.command()
@click.option("--model-name", default="acme/painter-base", help="Pipeline to load.")
@click.option("-r", "--revision", default="fp16")
def download(model_name, revision):
    StableDiffusionPipeline.from_pretrained(model_name, revision=revision, torch_dtype=torch.float16)


@click.command()
@click.option("--checkpoint", "-c", "encoder", default="acme/encoder-base")
@option("--variant", type=click.Choice(SIZES), default="acme/painter-small")
@argument("tokenizer-name", default="acme/tokenizer-base")
def encode(encoder, variant, tokenizer_name="acme/never-used"):
    AutoModel.from_pretrained(encoder)
    AutoModel.from_pretrained(variant)
    AutoTokenizer.from_pretrained(tokenizer_name)


@click.command()
@click.option("--model", required=True)
def required(model):
    AutoModel.from_pretrained(model)


class cli:
    @staticmethod
    def option(*names, **settings):
        return lambda function: function


@cli.option("--model", default="acme/not-click")
def not_click(model="acme/own-default"):
    AutoModel.from_pretrained(model)


if __name__ == "__main__":
    download()
