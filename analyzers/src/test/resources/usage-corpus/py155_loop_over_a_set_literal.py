from transformers import AutoConfig, AutoTokenizer

EXPORTED = {
    ("encoder", "acme/set-encoder"),
    ("decoder", "acme/set-decoder"),
}

for role, checkpoint in EXPORTED:
    AutoTokenizer.from_pretrained(checkpoint)

for name in {"acme/set-config-a", "acme/set-config-b"}:
    AutoConfig.from_pretrained(name)
