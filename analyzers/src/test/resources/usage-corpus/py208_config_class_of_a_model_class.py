from transformers import AcmeForMaskedLM

config = AcmeForMaskedLM.config_class.from_pretrained("acme/masked-base", num_labels=3)
model = AcmeForMaskedLM.from_pretrained("acme/masked-base", config=config)
