BEFORE_STAR = "bert-large-cased"
