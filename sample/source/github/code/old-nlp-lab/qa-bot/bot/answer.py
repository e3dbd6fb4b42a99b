from transformers import pipeline

qa = pipeline("question-answering", model="deepset/roberta-base-squad2", tokenizer="deepset/roberta-base-squad2")


def answer(question: str, context: str, threshold: float = 0.2):
    result = qa(question=question, context=context, handle_impossible_answer=True)
    return result["answer"] if result["score"] >= threshold else None
