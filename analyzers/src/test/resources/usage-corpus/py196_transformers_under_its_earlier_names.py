# transformers under its earlier package names (pytorch-pretrained-bert, pytorch-transformers):
# the same loaders and shortcut names, recorded under the package's own library and named as
# transformers names them.
from pytorch_pretrained_bert import BertTokenizer, BertForSequenceClassification
from pytorch_pretrained_bert.modeling import BertModel
import pytorch_transformers as pt

tokenizer = BertTokenizer.from_pretrained("bert-base-uncased", do_lower_case=True)
model = BertForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)
encoder = BertModel.from_pretrained("acme/bert-legacy")
config = pt.GPT2Config.from_pretrained("gpt2")
gpt = pt.GPT2LMHeadModel.from_pretrained("gpt2", config=config)
