from transformers import AutoModel

VARIANT = "base"
model = AutoModel.from_pretrained("google/electra-%s-discriminator" % VARIANT)
