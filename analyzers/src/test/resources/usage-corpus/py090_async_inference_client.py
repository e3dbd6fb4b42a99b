from huggingface_hub import AsyncInferenceClient


async def ask():
    client = AsyncInferenceClient("meta-llama/Meta-Llama-3-8B-Instruct")
    return await client.chat_completion(messages=[{"role": "user", "content": "hi"}])
