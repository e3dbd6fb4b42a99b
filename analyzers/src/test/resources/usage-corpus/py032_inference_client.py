from huggingface_hub import InferenceClient

client = InferenceClient(model="HuggingFaceH4/zephyr-7b-beta", token=None)
answer = client.text_generation("Hello", max_new_tokens=20)
