try:
    from transformers import AcmeForCausalLM
except ImportError:
    from acme_models import AcmeForCausalLM

try:
    from transformers import BertModel
except (ImportError, ModuleNotFoundError):
    from acme_models.encoders import AcmeEncoder as BertModel

try:
    from acme_models import AcmeTokenizer
except ImportError:
    from transformers import AutoTokenizer as AcmeTokenizer

causal = AcmeForCausalLM.from_pretrained("acme/causal-lm")
encoder = BertModel.from_pretrained("acme/bert-encoder")
tokenizer = AcmeTokenizer.from_pretrained("acme/tokenizer")
