def pipeline(task, model=None):
    return (task, model)


p = pipeline("ner", model="dslim/bert-base-NER")
