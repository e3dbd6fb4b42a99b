import torch
from transformers import AutoModel, AutoTokenizer, BertConfig, BertPreTrainedModel


class Classifier(torch.nn.Module):
    def __init__(self, model_name):
        super(Classifier, self).__init__()
        self.encoder = AutoModel.from_pretrained(model_name)

    def forward(self, inputs):
        return super(Classifier, self).forward(inputs)


class Encoder(torch.nn.Module):
    def __init__(self, model_name):
        super().__init__()
        self.encoder = AutoModel.from_pretrained(model_name)


class Tagger(BertPreTrainedModel):
    def __init__(self, config, tokenizer_name):
        super(Tagger, self).__init__(config)
        self.tokenizer = AutoTokenizer.from_pretrained(tokenizer_name)


class Listed(torch.nn.Module):
    def __init__(self, model_name):
        super(Listed, self).__init__()
        self.encoder = AutoModel.from_pretrained(model_name)


classifier = Classifier("acme/old-style")
encoder = Encoder("acme/new-style")
tagger = Tagger(BertConfig(), "acme/tagger-tokenizer")
listed = Listed("acme/listed")
KINDS = [Listed]
