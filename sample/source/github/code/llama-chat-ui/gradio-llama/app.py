import gradio as gr
import torch
from transformers import pipeline

chat = pipeline("text-generation", model="meta-llama/Llama-2-7b-chat-hf", torch_dtype=torch.float16,
                device_map="auto", token=True)


def respond(message, history):
    prompt = "".join(f"[INST] {u} [/INST] {a} " for u, a in history) + f"[INST] {message} [/INST]"
    return chat(prompt, max_new_tokens=256, return_full_text=False)[0]["generated_text"]


gr.ChatInterface(respond).launch()
