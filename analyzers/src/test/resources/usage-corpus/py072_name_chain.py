from transformers import AutoModel

DEFAULT = "emilyalsentzer/Bio_ClinicalBERT"
chosen = DEFAULT
model = AutoModel.from_pretrained(chosen)
