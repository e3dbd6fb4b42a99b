AFTER_STAR = "xlm-roberta-base"
