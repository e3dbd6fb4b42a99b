from transformers.pipelines import pipeline
import transformers.pipelines as tp

qa = pipeline("question-answering", model="deepset/tinyroberta-squad2")
fill = tp.pipeline("fill-mask", model="distilroberta-base")
