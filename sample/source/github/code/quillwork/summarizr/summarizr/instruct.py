from transformers import pipeline

_generator = None


def generator():
    global _generator
    if _generator is None:
        _generator = pipeline("text2text-generation", model="google/flan-t5-base", max_new_tokens=96)
    return _generator


def action_items(notes: str) -> list[str]:
    prompt = f"List the action items in these meeting notes, one per line:\n\n{notes}"
    text = generator()(prompt)[0]["generated_text"]
    return [line.strip("-• ").strip() for line in text.splitlines() if line.strip()]
