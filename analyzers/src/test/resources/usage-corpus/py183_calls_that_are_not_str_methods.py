from transformers import AutoModel

MODEL = "acme/encoder"
PARTS = ["acme", "listed"]
UNSET = None

encoded = AutoModel.from_pretrained(MODEL.encode())
formatted = AutoModel.from_pretrained("{}/formatted".format("acme"))
last_part = AutoModel.from_pretrained(MODEL.split("/")[-1])
titled = AutoModel.from_pretrained(MODEL.title())
listed = AutoModel.from_pretrained("/".join(PARTS))
generated = AutoModel.from_pretrained("/".join(part for part in PARTS))
spread = AutoModel.from_pretrained(MODEL.replace(*("encoder", "decoder")))
mixed = AutoModel.from_pretrained("-".join(["acme/x", 2]))
too_many = AutoModel.from_pretrained(MODEL.lower("x"))
nothing = AutoModel.from_pretrained(UNSET.lower())
