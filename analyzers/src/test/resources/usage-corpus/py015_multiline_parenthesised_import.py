from transformers import (
    AutoModelForQuestionAnswering,
    AutoTokenizer as Tok,
)

qa = AutoModelForQuestionAnswering.from_pretrained("deepset/roberta-base-squad2")
tk = Tok.from_pretrained("deepset/roberta-base-squad2")
