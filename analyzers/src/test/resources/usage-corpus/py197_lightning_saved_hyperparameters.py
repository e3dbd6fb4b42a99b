# PyTorch Lightning's saved hyperparameters: self.hparams.x (or self.hparams["x"]) in a module
# whose __init__ calls self.save_hyperparameters() is __init__'s parameter x, from its default and
# its calls; save_hyperparameters("backbone") saves that name only, and ignore= leaves one out.
import lightning.pytorch as pl
from transformers import AutoModel, AutoTokenizer


class Classifier(pl.LightningModule):
    def __init__(self, model_name="acme/encoder-base", tokenizer_name="acme/encoder-tokenizer", lr=1e-4):
        super().__init__()
        self.save_hyperparameters()
        self.encoder = AutoModel.from_pretrained(self.hparams.model_name)

    def setup(self, stage=None):
        self.tokenizer = AutoTokenizer.from_pretrained(self.hparams["tokenizer_name"])


class Partial(pl.LightningModule):
    def __init__(self, backbone="acme/vision-base", head="acme/head-base"):
        super().__init__()
        self.save_hyperparameters("backbone")
        self.model = AutoModel.from_pretrained(self.hparams.backbone)
        self.head = AutoModel.from_pretrained(self.hparams.head)


class Ignored(pl.LightningModule):
    def __init__(self, model_name="acme/ignored-base"):
        super().__init__()
        self.save_hyperparameters(ignore=["model_name"])
        self.model = AutoModel.from_pretrained(self.hparams.model_name)


large = Classifier(model_name="acme/encoder-large")
